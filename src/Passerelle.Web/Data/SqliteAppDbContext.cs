using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Passerelle.Web.Data;

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, ITenantContext tenant)
    : AppDbContext(options, tenant);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, ITenantContext tenant)
    : AppDbContext(options, tenant);

/// <summary>Used by `dotnet ef` only: migrations are generated per provider.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").Options, new NoTenant());
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=design").Options, new NoTenant());
}

internal sealed class NoTenant : ITenantContext
{
    public int? DepartementId => null;
}
