using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Dossiers;

/// <summary>What a change of right status or SDD flag means for the parcours (see <see cref="RegleParcoursDroit"/>).</summary>
public enum EvenementDroit
{
    /// <summary>First sight of a person during a stock load: their past is unknown, so not counted as an entry.</summary>
    SituationInitiale,
    /// <summary>First switch to an open, payable right (2) while soumis à droits et devoirs.</summary>
    NouvelEntrant,
    /// <summary>An open right (Z, 2, 3, 4) becomes closed (5, 6).</summary>
    Sortie,
    /// <summary>Open and SDD again within the return window after a sortie.</summary>
    Retour,
    /// <summary>Any other change (suspension, SDD flag, refusal…).</summary>
    Changement,
}

/// <summary>One row per person each time their right status or SDD flag changes, with the flux date that caused it.</summary>
public class HistoriqueDroit : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int PersonneId { get; set; }
    public Personne? Personne { get; set; }
    public int DossierId { get; set; }
    public DossierRsa? Dossier { get; set; }
    public DateOnly DateEffet { get; set; }
    public required string EtatDroit { get; set; }
    public bool SoumisDroitsDevoirs { get; set; }
    public EvenementDroit Evenement { get; set; }
    public int? ImportId { get; set; }
}

internal sealed class HistoriqueDroitConfiguration : IEntityTypeConfiguration<HistoriqueDroit>
{
    public void Configure(EntityTypeBuilder<HistoriqueDroit> builder)
    {
        builder.ToTable("HistoriqueDroits");
        builder.Property(h => h.EtatDroit).HasMaxLength(1);
        builder.Property(h => h.Evenement).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(h => new { h.PersonneId, h.DateEffet });
        // With the person, the new entrants of a period are counted from the index alone (indicators).
        builder.HasIndex(h => new { h.DepartementId, h.Evenement, h.DateEffet, h.PersonneId }, "IX_HistoriqueDroits_Evenement");
        builder.HasOne(h => h.Personne).WithMany().HasForeignKey(h => h.PersonneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(h => h.Dossier).WithMany().HasForeignKey(h => h.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}
