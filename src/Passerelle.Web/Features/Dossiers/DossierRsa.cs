using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Dossiers;

/// <summary>
/// A dossier RSA as the CAF or MSA last described it, with its foyer (household: family
/// situation, address, territoire) kept on the same row because a dossier has exactly one foyer.
/// </summary>
public class DossierRsa : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }

    /// <summary>NUMDEMRSA, 11 characters, unique in the département.</summary>
    public required string NumDemRsa { get; set; }
    public DateOnly DateDemande { get; set; }
    /// <summary>CAF or MSA (FONORG).</summary>
    public required string Organisme { get; set; }
    public required string NumeroOrganisme { get; set; }
    public required string Matricule { get; set; }

    public required string SituationFamille { get; set; }
    public string? NumeroVoie { get; set; }
    public string? TypeVoie { get; set; }
    public string? NomVoie { get; set; }
    public string? CodeInsee { get; set; }
    public string? CodePostal { get; set; }
    public string? Commune { get; set; }
    /// <summary>Derived from the commune at each import; null when the commune is in no territoire.</summary>
    public int? TerritoireId { get; set; }

    /// <summary>etatdosrsa, see <see cref="EtatsDroit"/>.</summary>
    public required string EtatDroit { get; set; }
    public string? MotifCloture { get; set; }
    public DateOnly? DateCloture { get; set; }
    /// <summary>Suspension reasons, space-separated (a dossier rarely has more than two).</summary>
    public string MotifsSuspension { get; set; } = "";
    /// <summary>Natures of the RSA paid (NATPF: RSD, RSI, RCD, RCI), space-separated.</summary>
    public string NaturesPrestation { get; set; } = "";
    public decimal? MontantTotal { get; set; }

    /// <summary>Reference date of the flux that last described this dossier; an older flux never overwrites it.</summary>
    public DateOnly DateFlux { get; set; }
    /// <summary>Fingerprint of the last applied content: the same content again is "unchanged", with no write.</summary>
    public required string Empreinte { get; set; }
    public int? DernierImportId { get; set; }

    public List<MembreFoyer> Membres { get; set; } = [];
}

internal sealed class DossierRsaConfiguration : IEntityTypeConfiguration<DossierRsa>
{
    public void Configure(EntityTypeBuilder<DossierRsa> builder)
    {
        builder.ToTable("DossiersRsa");
        builder.Property(d => d.NumDemRsa).HasMaxLength(11);
        builder.Property(d => d.Organisme).HasMaxLength(3);
        builder.Property(d => d.NumeroOrganisme).HasMaxLength(3);
        builder.Property(d => d.Matricule).HasMaxLength(15);
        builder.Property(d => d.SituationFamille).HasMaxLength(3);
        builder.Property(d => d.NumeroVoie).HasMaxLength(6);
        builder.Property(d => d.TypeVoie).HasMaxLength(30);
        builder.Property(d => d.NomVoie).HasMaxLength(60);
        builder.Property(d => d.CodeInsee).HasMaxLength(5);
        builder.Property(d => d.CodePostal).HasMaxLength(5);
        builder.Property(d => d.Commune).HasMaxLength(60);
        builder.Property(d => d.EtatDroit).HasMaxLength(1);
        builder.Property(d => d.MotifCloture).HasMaxLength(3);
        builder.Property(d => d.MotifsSuspension).HasMaxLength(60);
        builder.Property(d => d.NaturesPrestation).HasMaxLength(40);
        builder.Property(d => d.MontantTotal).HasPrecision(10, 2);
        builder.Property(d => d.Empreinte).HasMaxLength(44);
        builder.HasIndex(d => new { d.DepartementId, d.NumDemRsa }).IsUnique();
        builder.HasIndex(d => new { d.DepartementId, d.Matricule });
        builder.HasIndex(d => new { d.DepartementId, d.CodeInsee });
        builder.HasIndex(d => new { d.DepartementId, d.TerritoireId });
        builder.HasOne<Departements.Departement>().WithMany().HasForeignKey(d => d.DepartementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Territoires.Territoire>().WithMany().HasForeignKey(d => d.TerritoireId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(d => d.Membres).WithOne(m => m.Dossier).HasForeignKey(m => m.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}
