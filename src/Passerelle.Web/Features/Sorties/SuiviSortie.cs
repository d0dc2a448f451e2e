using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Sorties;

/// <summary>
/// A follow-up task after an exit (Drôme: "dans les mois qui suivent"): at <see cref="Mois"/> months,
/// record where the person stands towards employment. Due on <see cref="Echeance"/>; done once
/// <see cref="RealiseLe"/> is set.
/// </summary>
public class SuiviSortie : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public int SortieId { get; set; }
    public Sortie? Sortie { get; set; }
    /// <summary>Copied from the exit so the queues and the référent's échéances read one indexed table.</summary>
    public int PersonneId { get; set; }
    public string? ReferentId { get; set; }
    public int Mois { get; set; }
    public DateOnly Echeance { get; set; }
    public DateOnly? RealiseLe { get; set; }
    public SituationEmploi? Situation { get; set; }
    public string? Commentaire { get; set; }
    public string? RealisePar { get; set; }
}

internal sealed class SuiviSortieConfiguration : IEntityTypeConfiguration<SuiviSortie>
{
    public void Configure(EntityTypeBuilder<SuiviSortie> builder)
    {
        builder.ToTable("SuivisSortie");
        builder.Property(s => s.Situation).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Commentaire).HasMaxLength(1000);
        builder.Property(s => s.ReferentId).HasMaxLength(450);
        builder.Property(s => s.RealisePar).HasMaxLength(200);
        builder.HasOne(s => s.Sortie).WithMany(s => s.Suivis).HasForeignKey(s => s.SortieId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.SortieId, s.Mois }).IsUnique();
        // The queue and the échéances: tasks still to do, by due date, in the département or for one référent.
        builder.HasIndex(s => new { s.DepartementId, s.Echeance }).HasFilter("\"RealiseLe\" IS NULL");
        builder.HasIndex(s => new { s.DepartementId, s.ReferentId, s.Echeance }).HasFilter("\"RealiseLe\" IS NULL AND \"ReferentId\" IS NOT NULL");
    }
}
