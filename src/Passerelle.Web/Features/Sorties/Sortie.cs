using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.Sorties;

/// <summary>
/// The end of one person's accompaniment (primer §3 step 10): why, and their situation towards
/// employment that day. Recorded by a professional on an open parcours (which the state machine
/// closes), or proposed when the flux closed the right, then confirmed or qualified. The follow-up
/// tasks (<see cref="SuiviSortie"/>) are created once the exit is recorded.
/// </summary>
public class Sortie : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }

    public int PersonneId { get; set; }
    public Personne? Personne { get; set; }
    public int ParcoursId { get; set; }
    public Parcours? Parcours { get; set; }

    public StatutSortie Statut { get; set; }
    public DateOnly DateSortie { get; set; }
    public MotifSortie Motif { get; set; }
    /// <summary>For an exit to employment: the kind of contract and, for a fixed-term one, its length in months.</summary>
    public TypeContratSortie? TypeContrat { get; set; }
    public int? DureeContratMois { get; set; }
    public SituationEmploi? Situation { get; set; }
    public string? Commentaire { get; set; }

    /// <summary>The référent whose designation ended with this exit: they confirm it and record its follow-up.</summary>
    public string? ReferentId { get; set; }
    public DateTime? ProposeeLe { get; set; }
    public DateTime? EnregistreeLe { get; set; }
    public string? EnregistreePar { get; set; }

    public List<SuiviSortie> Suivis { get; set; } = [];
}

internal sealed class SortieConfiguration : IEntityTypeConfiguration<Sortie>
{
    public void Configure(EntityTypeBuilder<Sortie> builder)
    {
        builder.ToTable("Sorties");
        builder.Property(s => s.Statut).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Motif).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.TypeContrat).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Situation).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Commentaire).HasMaxLength(1000);
        builder.Property(s => s.ReferentId).HasMaxLength(450);
        builder.Property(s => s.EnregistreePar).HasMaxLength(200);
        builder.HasOne(s => s.Personne).WithMany().HasForeignKey(s => s.PersonneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Parcours).WithMany().HasForeignKey(s => s.ParcoursId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Utilisateurs.Utilisateur>().WithMany().HasForeignKey(s => s.ReferentId).OnDelete(DeleteBehavior.Restrict);
        // One exit per closure of a parcours: a proposal and a recording of the same closure collide here.
        builder.HasIndex(s => new { s.ParcoursId, s.DateSortie }).IsUnique();
        builder.HasIndex(s => new { s.DepartementId, s.PersonneId });
        // The queue of proposals to qualify and the indicators' exits of a period.
        builder.HasIndex(s => new { s.DepartementId, s.Statut, s.DateSortie });
        builder.HasIndex(s => new { s.DepartementId, s.ReferentId, s.Statut }).HasFilter("\"ReferentId\" IS NOT NULL");
    }
}
