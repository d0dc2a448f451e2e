using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Comites;

[JsonConverter(typeof(JsonStringEnumConverter<StatutPresence>))]
public enum StatutPresence { Presente, Excusee, Absente }

/// <summary>
/// A meeting of an instance: its day, place and agenda; once held, the attendance of each member institution, the minutes
/// (text only: the person documents storage belongs to persons) and the decisions taken.
/// </summary>
public class Reunion : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public int ComiteId { get; set; }
    public DateOnly Date { get; set; }
    public required string Lieu { get; set; }
    public string? OrdreDuJour { get; set; }
    public string? CompteRendu { get; set; }
    public DateTime ModifieLe { get; set; }
    public List<PresenceReunion> Presences { get; set; } = [];
    public List<DecisionComite> Decisions { get; set; } = [];
}

/// <summary>The attendance of one member institution at a held meeting; the rows of a meeting say who was a member of it.</summary>
public class PresenceReunion : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int ReunionId { get; set; }
    public int MembreComiteId { get; set; }
    public StatutPresence Statut { get; set; }
    public int Representants { get; set; }
}

/// <summary>A decision taken in a meeting: what, who carries it, by when, and where it stands (<see cref="TransitionsDecision"/>).</summary>
public class DecisionComite : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public int ReunionId { get; set; }
    public required string Texte { get; set; }
    public string? Porteur { get; set; }
    public DateOnly? Echeance { get; set; }
    public StatutDecision Statut { get; set; }
    public DateTime ModifieLe { get; set; }
}

internal sealed class ReunionConfiguration : IEntityTypeConfiguration<Reunion>
{
    public void Configure(EntityTypeBuilder<Reunion> builder)
    {
        builder.ToTable("ReunionsComite");
        builder.Property(r => r.Lieu).HasMaxLength(200);
        builder.Property(r => r.OrdreDuJour).HasMaxLength(4000);
        builder.Property(r => r.CompteRendu).HasMaxLength(20000);
        builder.HasIndex(r => new { r.ComiteId, r.Date });
        builder.HasIndex(r => new { r.DepartementId, r.Date });
        builder.HasOne<Comite>().WithMany().HasForeignKey(r => r.ComiteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Presences).WithOne().HasForeignKey(p => p.ReunionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Decisions).WithOne().HasForeignKey(d => d.ReunionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PresenceReunionConfiguration : IEntityTypeConfiguration<PresenceReunion>
{
    public void Configure(EntityTypeBuilder<PresenceReunion> builder)
    {
        builder.ToTable("PresencesReunion");
        builder.Property(p => p.Statut).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => new { p.ReunionId, p.MembreComiteId }).IsUnique();
        builder.HasIndex(p => p.MembreComiteId);
        builder.HasOne<MembreComite>().WithMany().HasForeignKey(p => p.MembreComiteId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DecisionComiteConfiguration : IEntityTypeConfiguration<DecisionComite>
{
    public void Configure(EntityTypeBuilder<DecisionComite> builder)
    {
        builder.ToTable("DecisionsComite");
        builder.Property(d => d.Texte).HasMaxLength(2000);
        builder.Property(d => d.Porteur).HasMaxLength(200);
        builder.Property(d => d.Statut).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(d => d.ReunionId);
    }
}
