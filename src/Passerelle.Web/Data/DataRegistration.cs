using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Passerelle.Web.Data;

public enum DatabaseProvider { Sqlite, Postgres }

public static class DataRegistration
{
    /// <summary>
    /// Registers the provider named by <c>Database:Provider</c>; an unknown name stops start-up. The
    /// EF interceptors that features register as <see cref="IInterceptor"/> join every context.
    /// </summary>
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = ReadProvider(configuration);
        services.AddSingleton(new DatabaseSettings(provider));
        if (provider == DatabaseProvider.Postgres)
        {
            var connection = configuration.GetConnectionString("Postgres");
            if (string.IsNullOrWhiteSpace(connection))
                throw new InvalidOperationException("Database:Provider vaut Postgres mais ConnectionStrings:Postgres est vide.");
            services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, o) => o.UseNpgsql(connection).AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        else
        {
            var connection = SqliteConnectionString(configuration.GetConnectionString("Sqlite"), environment.ContentRootPath);
            services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, o) => o.UseSqlite(connection).AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        return services;
    }

    private static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var name = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        return Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider « {name} » inconnu : attendu Sqlite ou Postgres.");
    }

    /// <summary>Resolves a relative SQLite file against the content root and creates its folder.</summary>
    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(configured ?? "Data Source=data/passerelle.db");
        if (builder.DataSource != ":memory:" && builder.Mode != Microsoft.Data.Sqlite.SqliteOpenMode.Memory)
        {
            var path = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }
        builder.ForeignKeys = true;
        return builder.ToString();
    }
}

public sealed record DatabaseSettings(DatabaseProvider Provider);
