using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Agenda;

/// <summary>
/// An appointment of a person, fixed by a convocation (or booked on an invitation), in a slot of an
/// agenda or at a free time. The status and who set it are kept for no-show indicators.
/// </summary>
public class RendezVous : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public int PersonneId { get; set; }
    public Dossiers.Personne? Personne { get; set; }
    public int? ParcoursId { get; set; }
    public TypeRendezVous Type { get; set; }
    public DateTime Debut { get; set; }
    public int DureeMinutes { get; set; } = 45;
    public required string Lieu { get; set; }
    public int? StructureId { get; set; }
    public string? ReferentId { get; set; }
    public int? CreneauId { get; set; }
    /// <summary>Fixed by the service (convocation) rather than chosen by the person after an invitation.</summary>
    public bool Convocation { get; set; }
    public StatutRendezVous Statut { get; set; }
    public string? StatutPar { get; set; }
    public DateTime? StatutLe { get; set; }
    /// <summary>The one channel of the reminder, chosen by the person booking online; null: every channel they can receive.</summary>
    public Envois.CanalEnvoi? CanalRappel { get; set; }
    public required string CreePar { get; set; }
    public DateTime CreeLe { get; set; }
    /// <summary>What was said or decided, written when the outcome is set (<see cref="CompteRendu"/>).</summary>
    public string? CompteRendu { get; set; }
    /// <summary>Readable by its author and the person's current référent only, as a journal note « référent seulement ».</summary>
    public bool CompteRenduReserve { get; set; }
    public string? CompteRenduAuteurId { get; set; }
}

internal sealed class RendezVousConfiguration : IEntityTypeConfiguration<RendezVous>
{
    public void Configure(EntityTypeBuilder<RendezVous> builder)
    {
        builder.ToTable("RendezVous");
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Statut).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Lieu).HasMaxLength(300);
        builder.Property(r => r.ReferentId).HasMaxLength(450);
        builder.Property(r => r.StatutPar).HasMaxLength(200);
        builder.Property(r => r.CanalRappel).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.CreePar).HasMaxLength(200);
        builder.Property(r => r.CompteRendu).HasMaxLength(CompteRendu.LongueurMax);
        builder.Property(r => r.CompteRenduAuteurId).HasMaxLength(450);
        builder.HasIndex(r => new { r.DepartementId, r.Statut, r.Debut });
        builder.HasIndex(r => new { r.PersonneId, r.Debut });
        builder.HasIndex(r => new { r.DepartementId, r.ReferentId, r.Debut });
        builder.HasIndex(r => r.CreneauId);
        // The absence rates of a period are counted from the index alone (indicators).
        builder.HasIndex(r => new { r.DepartementId, r.Debut, r.Convocation, r.Statut, r.PersonneId }, "IX_RendezVous_Periode");
        builder.HasOne(r => r.Personne).WithMany().HasForeignKey(r => r.PersonneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Orientation.Parcours>().WithMany().HasForeignKey(r => r.ParcoursId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Structures.Structure>().WithMany().HasForeignKey(r => r.StructureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Utilisateurs.Utilisateur>().WithMany().HasForeignKey(r => r.ReferentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Creneau>().WithMany().HasForeignKey(r => r.CreneauId).OnDelete(DeleteBehavior.Restrict);
    }
}
