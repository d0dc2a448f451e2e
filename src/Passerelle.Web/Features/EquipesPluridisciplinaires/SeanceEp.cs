using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires;

/// <summary>
/// A session of an EP, followed through <see cref="TransitionsSeance"/> from its creation to its closing. Its agenda is
/// the <see cref="DossierEp"/> rows pointing to it; the members convened and present are its <see cref="Presences"/>.
/// </summary>
public class SeanceEp : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public int EquipePluridisciplinaireId { get; set; }
    public EquipePluridisciplinaire? Equipe { get; set; }
    /// <summary>The session's start, UTC (shown in the département's legal time).</summary>
    public DateTime Debut { get; set; }
    public required string Lieu { get; set; }
    public StatutSeance Statut { get; set; }
    public DateTime? ConvoqueeLe { get; set; }
    /// <summary>Set when held: whether the members present made the quorum and the required composition.</summary>
    public bool? QuorumAtteint { get; set; }
    public string? MotifSansQuorum { get; set; }
    /// <summary>When cancelled or postponed: why, and the session its agenda moved to (if any).</summary>
    public string? MotifAnnulation { get; set; }
    public int? ReporteeVersId { get; set; }
    public List<PresenceSeance> Presences { get; set; } = [];
}

/// <summary>A member convened to a session, and whether they attended.</summary>
public class PresenceSeance : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int SeanceEpId { get; set; }
    public int MembreEquipeId { get; set; }
    public MembreEquipe? Membre { get; set; }
    public int? ConvocationEnvoiId { get; set; }
    public bool? Present { get; set; }
}

internal sealed class SeanceEpConfiguration : IEntityTypeConfiguration<SeanceEp>
{
    public void Configure(EntityTypeBuilder<SeanceEp> builder)
    {
        builder.ToTable("SeancesEp");
        builder.Property(s => s.Lieu).HasMaxLength(300);
        builder.Property(s => s.Statut).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.MotifSansQuorum).HasMaxLength(500);
        builder.Property(s => s.MotifAnnulation).HasMaxLength(1000);
        builder.HasIndex(s => new { s.DepartementId, s.Statut, s.Debut });
        builder.HasIndex(s => new { s.EquipePluridisciplinaireId, s.Debut });
        builder.HasOne(s => s.Equipe).WithMany().HasForeignKey(s => s.EquipePluridisciplinaireId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SeanceEp>().WithMany().HasForeignKey(s => s.ReporteeVersId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Presences).WithOne().HasForeignKey(p => p.SeanceEpId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PresenceSeanceConfiguration : IEntityTypeConfiguration<PresenceSeance>
{
    public void Configure(EntityTypeBuilder<PresenceSeance> builder)
    {
        builder.ToTable("PresencesSeance");
        builder.HasIndex(p => new { p.SeanceEpId, p.MembreEquipeId }).IsUnique();
        builder.HasIndex(p => p.MembreEquipeId);
        builder.HasOne(p => p.Membre).WithMany().HasForeignKey(p => p.MembreEquipeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Envois.Envoi>().WithMany().HasForeignKey(p => p.ConvocationEnvoiId).OnDelete(DeleteBehavior.SetNull);
    }
}
