using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Agenda;

/// <summary>
/// A slot in the agenda of a structure (and of one of its référents when given): one person for an
/// interview, several for an information collective (<see cref="Capacite"/>).
/// </summary>
public class Creneau : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public int StructureId { get; set; }
    public string? ReferentId { get; set; }
    public TypeRendezVous Type { get; set; }
    public DateTime Debut { get; set; }
    public int DureeMinutes { get; set; } = 45;
    public required string Lieu { get; set; }
    public int Capacite { get; set; } = 1;
    /// <summary>Appointments booked in the slot (kept on the row so that two bookings of the last place collide on <see cref="Version"/>).</summary>
    public int Occupes { get; set; }

    /// <summary>Takes a place for the appointment, which gets the slot's time, place, structure and référent; false when the slot is full.</summary>
    public bool Attribuer(RendezVous rdv)
    {
        if (Occupes >= Capacite) return false;
        Occupes++;
        (rdv.CreneauId, rdv.Debut, rdv.DureeMinutes, rdv.Lieu, rdv.StructureId) = (Id, Debut, DureeMinutes, Lieu, StructureId);
        rdv.ReferentId = ReferentId ?? rdv.ReferentId;
        return true;
    }
}

internal sealed class CreneauConfiguration : IEntityTypeConfiguration<Creneau>
{
    public void Configure(EntityTypeBuilder<Creneau> builder)
    {
        builder.ToTable("Creneaux");
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Lieu).HasMaxLength(300);
        builder.Property(c => c.ReferentId).HasMaxLength(450);
        builder.HasIndex(c => new { c.DepartementId, c.StructureId, c.Debut });
        builder.HasIndex(c => new { c.DepartementId, c.ReferentId, c.Debut });
        // An agent's person page offers the département's next free slots: read in order, it stops at the 50th.
        builder.HasIndex(c => new { c.DepartementId, c.Debut });
        builder.HasOne<Structures.Structure>().WithMany().HasForeignKey(c => c.StructureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Utilisateurs.Utilisateur>().WithMany().HasForeignKey(c => c.ReferentId).OnDelete(DeleteBehavior.Restrict);
    }
}
