using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Departements;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Imports;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Data;

/// <summary>
/// The one DbContext. Every <see cref="ITenantOwned"/> row is filtered to the current département,
/// and a write to another département's row is refused: with no tenant, tenant rows are invisible.
/// </summary>
public abstract class AppDbContext(DbContextOptions options, ITenantContext tenant)
    : IdentityUserContext<Utilisateur>(options), IDataProtectionKeyContext
{
    public int? TenantId => tenant.DepartementId;

    /// <summary>The INSEE code of the current département (« 49 »), which files and communes are checked against.</summary>
    public Task<string> CodeDepartementAsync(CancellationToken ct) => Departements.Where(d => d.Id == TenantId).Select(d => d.Code).SingleAsync(ct);

    public DbSet<Departement> Departements => Set<Departement>();
    public DbSet<Territoire> Territoires => Set<Territoire>();
    public DbSet<TerritoireCommune> TerritoireCommunes => Set<TerritoireCommune>();
    public DbSet<Structure> Structures => Set<Structure>();
    public DbSet<Habilitation> Habilitations => Set<Habilitation>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<DossierRsa> Dossiers => Set<DossierRsa>();
    public DbSet<Personne> Personnes => Set<Personne>();
    public DbSet<MembreFoyer> MembresFoyer => Set<MembreFoyer>();
    public DbSet<HistoriqueDroit> HistoriqueDroits => Set<HistoriqueDroit>();
    public DbSet<ImportFichier> Imports => Set<ImportFichier>();
    public DbSet<RejetImport> RejetsImport => Set<RejetImport>();
    public DbSet<DossierImport> DossiersImports => Set<DossierImport>();
    public DbSet<Features.Dossiers.Avertissements.AvertissementDossier> AvertissementsDossier => Set<Features.Dossiers.Avertissements.AvertissementDossier>();
    public DbSet<Features.Imports.Tableur.ConfigurationTableur> ConfigurationsTableur => Set<Features.Imports.Tableur.ConfigurationTableur>();
    public DbSet<Features.Acces.ClesApi.CleApi> ClesApi => Set<Features.Acces.ClesApi.CleApi>();
    public DbSet<Features.Acces.ClesApi.AppelCleApi> AppelsClesApi => Set<Features.Acces.ClesApi.AppelCleApi>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        foreach (var type in builder.Model.GetEntityTypes().Select(t => t.ClrType).ToList())
        {
            if (typeof(ITenantOwned).IsAssignableFrom(type))
                ApplyTenantFilterMethod.MakeGenericMethod(type).Invoke(this, [builder]);
            if (typeof(IVersioned).IsAssignableFrom(type))
                builder.Entity(type).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
        builder.Entity<AuditEntry>().HasQueryFilter(e => e.DepartementId == TenantId);
    }

    private static readonly System.Reflection.MethodInfo ApplyTenantFilterMethod =
        typeof(AppDbContext).GetMethod(nameof(ApplyTenantFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

    private void ApplyTenantFilter<T>(ModelBuilder builder) where T : class, ITenantOwned
    {
        Expression<Func<T, bool>> filter = e => e.DepartementId == TenantId;
        builder.Entity<T>().HasQueryFilter(filter);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void GuardChanges()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException("Le journal d'audit est en ajout seul.");
            if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
                versioned.Version++;
            if (entry.State == EntityState.Added) { PreparerAjout(entry.Entity); continue; }
            if (entry.Entity is Features.Dossiers.Personne personne && entry.State == EntityState.Modified)
                personne.IndexerNom();
            if (entry.Entity is not ITenantOwned owned) continue;
            if (entry.State is EntityState.Modified or EntityState.Deleted && owned.DepartementId != TenantId) throw RefusDepartement();
        }
    }

    /// <summary>
    /// What every new row gets, whether the change tracker or a bulk writer inserts it: the current département
    /// (never another), and for a person the sound keys of the header search.
    /// </summary>
    internal void PreparerAjout(object entite)
    {
        if (entite is Features.Dossiers.Personne personne) personne.IndexerNom();
        if (entite is ITenantOwned owned) AttribuerDepartement(owned);
    }

    private void AttribuerDepartement(ITenantOwned owned)
    {
        if (owned.DepartementId == 0 && TenantId is int current) owned.DepartementId = current;
        if (owned.DepartementId != TenantId) throw RefusDepartement();
    }

    private static InvalidOperationException RefusDepartement() => new("Écriture refusée : la ligne n'appartient pas au département courant.");
}
