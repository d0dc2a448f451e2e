using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Passerelle.Web.Data;

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, ITenantContext tenant)
    : AppDbContext(options, tenant);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, ITenantContext tenant)
    : AppDbContext(options, tenant)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // The name search reads the ids of every searchable person in list order: with the id in the index, PostgreSQL
        // reads the index alone (2,000,000 persons, 100,000 in the département: 85 ms → 49 ms). SQLite's indexes hold the rowid.
        builder.Entity<Features.Dossiers.Personne>().HasIndex(p => new { p.DepartementId, p.CleIdentite }, "IX_Personnes_Recherche").IncludeProperties(p => p.Id);
        IndexDrees(builder);
    }

    /// <summary>
    /// The DREES tables read each source of a département whole (<c>LectureDrees</c>): with the columns read in an index
    /// led by the département, PostgreSQL reads the index alone instead of one heap page per row (bench/RESULTATS.md,
    /// « Tableaux DREES »). SQLite's tables are read in rowid order, its indexes would only duplicate them.
    /// </summary>
    private static void IndexDrees(ModelBuilder builder)
    {
        builder.Entity<Features.Dossiers.HistoriqueDroit>().HasIndex(h => new { h.DepartementId, h.DateEffet }, "IX_HistoriqueDroits_Drees")
            .IncludeProperties(h => new { h.Id, h.PersonneId, h.DossierId, h.EtatDroit, h.SoumisDroitsDevoirs, h.Evenement });
        builder.Entity<Features.Dossiers.Personne>().HasIndex(p => new { p.DepartementId, p.DateNaissance })
            .IncludeProperties(p => new { p.Id, p.Sexe, p.FusionneeDansId });
        builder.Entity<Features.Dossiers.MembreFoyer>().HasIndex(m => new { m.DepartementId, m.DossierId })
            .IncludeProperties(m => new { m.PersonneId, m.Role, m.Present });
        builder.Entity<Features.Dossiers.DossierRsa>().HasIndex(d => new { d.DepartementId, d.TerritoireId })
            .IncludeProperties(d => new { d.Id, d.DateDemande });
        builder.Entity<Features.Diagnostic.Diagnostic>().HasIndex(d => new { d.DepartementId, d.PersonneId })
            .IncludeProperties(d => new { d.Numero, d.EtabliLe, d.NiveauFormation });
        builder.Entity<Features.Orientation.DecisionOrientation>().HasIndex(d => new { d.DepartementId, d.Statut, d.DecideeLe }, "IX_DecisionsOrientation_Drees")
            .IncludeProperties(d => new { d.Id, d.PersonneId, d.ParcoursId, d.StructureId });
        builder.Entity<Features.Orientation.Parcours>().HasIndex(p => new { p.DepartementId, p.PersonneId })
            .IncludeProperties(p => new { p.Id, p.Public, p.DateCloture });
    }
}

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
