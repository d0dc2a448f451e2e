using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Agenda.Reservation;

/// <summary>
/// The personal link of one invitation message (decision 0015): only the SHA-256 of its 256-bit
/// token is stored, so a copy of the database opens no booking page. It lives as long as the
/// invitation, or until the appointment booked through it has passed; wrong birth dates typed on it
/// are counted here and lock it for a while (<see cref="RegleEssais"/>).
/// </summary>
public class LienReservation : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int InvitationId { get; set; }
    public Invitation? Invitation { get; set; }
    public required string Empreinte { get; set; }
    public DateTime CreeLe { get; set; }
    public int EchecsConsecutifs { get; set; }
    public DateTime? BloqueJusquA { get; set; }
}

/// <summary>A wrong birth date (or an unknown link) typed from an address, to slow down whoever tries many links from one place.</summary>
public class EchecReservation
{
    public long Id { get; set; }
    public required string AdresseIp { get; set; }
    public DateTime Le { get; set; }
}

internal sealed class LienReservationConfiguration : IEntityTypeConfiguration<LienReservation>
{
    public void Configure(EntityTypeBuilder<LienReservation> builder)
    {
        builder.ToTable("LiensReservation");
        builder.Property(l => l.Empreinte).HasMaxLength(64);
        builder.HasIndex(l => l.Empreinte).IsUnique();
        builder.HasIndex(l => l.InvitationId);
        builder.HasOne(l => l.Invitation).WithMany().HasForeignKey(l => l.InvitationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EchecReservationConfiguration : IEntityTypeConfiguration<EchecReservation>
{
    public void Configure(EntityTypeBuilder<EchecReservation> builder)
    {
        builder.ToTable("EchecsReservation");
        builder.Property(e => e.AdresseIp).HasMaxLength(64);
        builder.HasIndex(e => new { e.AdresseIp, e.Le });
    }
}
