using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Agenda;

/// <summary>
/// An invitation asking a person to take an appointment (rdv-insertion style): answered when an
/// appointment is booked on it, else reminded after <c>RelanceInvitationJours</c> and expired after
/// <c>ExpirationInvitationJours</c> of the rule set.
/// </summary>
public class Invitation : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int PersonneId { get; set; }
    public int? ParcoursId { get; set; }
    public TypeRendezVous Type { get; set; }
    public DateTime EnvoyeeLe { get; set; }
    public DateOnly ExpireLe { get; set; }
    public DateOnly? RelanceLe { get; set; }
    public int? RendezVousId { get; set; }
    public RendezVous? RendezVous { get; set; }
    public required string EnvoyeePar { get; set; }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("Invitations");
        builder.Property(i => i.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.EnvoyeePar).HasMaxLength(200);
        builder.HasIndex(i => new { i.DepartementId, i.RendezVousId, i.EnvoyeeLe });
        builder.HasIndex(i => i.PersonneId);
        builder.HasOne<Dossiers.Personne>().WithMany().HasForeignKey(i => i.PersonneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.RendezVous).WithMany().HasForeignKey(i => i.RendezVousId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Orientation.Parcours>().WithMany().HasForeignKey(i => i.ParcoursId).OnDelete(DeleteBehavior.SetNull);
    }
}
