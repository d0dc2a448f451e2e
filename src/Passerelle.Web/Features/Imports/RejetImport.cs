using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Imports;

/// <summary>A dossier (or spreadsheet block) an import could not apply, kept for review and replay.</summary>
public class RejetImport : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int ImportId { get; set; }
    public int Ligne { get; set; }
    public string? NumDemRsa { get; set; }
    public string? Champ { get; set; }
    public string? Valeur { get; set; }
    public required string Motif { get; set; }
    /// <summary>The replay that read this line again; null while the reject is open.</summary>
    public int? RejoueParImportId { get; set; }
}

internal sealed class RejetImportConfiguration : IEntityTypeConfiguration<RejetImport>
{
    public void Configure(EntityTypeBuilder<RejetImport> builder)
    {
        builder.ToTable("RejetsImport");
        builder.Property(r => r.NumDemRsa).HasMaxLength(40);
        builder.Property(r => r.Champ).HasMaxLength(100);
        builder.Property(r => r.Valeur).HasMaxLength(200);
        builder.Property(r => r.Motif).HasMaxLength(2000);
        builder.HasIndex(r => new { r.ImportId, r.Ligne });
        builder.HasIndex(r => new { r.DepartementId, r.NumDemRsa });
        builder.HasOne<ImportFichier>().WithMany().HasForeignKey(r => r.ImportId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Which imports created or changed a dossier (unchanged passes leave no trace, to keep re-imports cheap).</summary>
public class DossierImport : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int DossierId { get; set; }
    public Dossiers.DossierRsa? Dossier { get; set; }
    public int ImportId { get; set; }
    public int Ligne { get; set; }
    public bool Creation { get; set; }
}

internal sealed class DossierImportConfiguration : IEntityTypeConfiguration<DossierImport>
{
    public void Configure(EntityTypeBuilder<DossierImport> builder)
    {
        builder.ToTable("DossiersImports");
        builder.HasIndex(d => d.DossierId);
        builder.HasOne(d => d.Dossier).WithMany().HasForeignKey(d => d.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ImportFichier>().WithMany().HasForeignKey(d => d.ImportId).OnDelete(DeleteBehavior.Cascade);
    }
}
