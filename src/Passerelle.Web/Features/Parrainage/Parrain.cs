using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Parrainage;

/// <summary>
/// A volunteer mentor (Drôme's PDIE action 10): a person from the working world with their own account (habilitation
/// <c>Parrain</c>), whose profile the chargé de relation entreprise or an agent keeps — trade, sector, employer when
/// the mentor comes through one, availability. An inactive mentor keeps their pairings but receives no new one.
/// </summary>
public class Parrain : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public required string UtilisateurId { get; set; }
    public required string Metier { get; set; }
    public string? Secteur { get; set; }
    public int? EmployeurId { get; set; }
    public string? Disponibilites { get; set; }
    public DateOnly DateEngagement { get; set; }
    public bool Actif { get; set; } = true;
    public DateTime CreeLe { get; set; }
    public DateTime ModifieLe { get; set; }
}

internal sealed class ParrainConfiguration : IEntityTypeConfiguration<Parrain>
{
    public void Configure(EntityTypeBuilder<Parrain> builder)
    {
        builder.ToTable("Parrains");
        builder.Property(p => p.UtilisateurId).HasMaxLength(450);
        builder.Property(p => p.Metier).HasMaxLength(200);
        builder.Property(p => p.Secteur).HasMaxLength(200);
        builder.Property(p => p.Disponibilites).HasMaxLength(500);
        // One profile per account: the mentor's own pages find their pairings through it.
        builder.HasIndex(p => new { p.DepartementId, p.UtilisateurId }).IsUnique();
        builder.HasOne<Utilisateurs.Utilisateur>().WithMany().HasForeignKey(p => p.UtilisateurId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employeurs.Employeur>().WithMany().HasForeignKey(p => p.EmployeurId).OnDelete(DeleteBehavior.SetNull);
    }
}
