using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Web.Features.Pilotage.Evaluation;

/// <summary>
/// The pilot's appraisal of a fiche-action for one year of its programme: what the yearly evaluation report says beside
/// the figures (what was done, why a target was missed, what changes). One per fiche and year.
/// </summary>
public class AppreciationFiche : ITenantOwned, IVersioned
{
    public const int LongueurMax = 4000;

    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public int FicheActionId { get; set; }
    public int Annee { get; set; }
    public required string Texte { get; set; }
    public DateTime ModifieeLe { get; set; }
    public required string ModifieePar { get; set; }
}

internal sealed class AppreciationFicheConfiguration : IEntityTypeConfiguration<AppreciationFiche>
{
    public void Configure(EntityTypeBuilder<AppreciationFiche> builder)
    {
        builder.ToTable("AppreciationsFiche");
        builder.Property(a => a.Texte).HasMaxLength(AppreciationFiche.LongueurMax);
        builder.Property(a => a.ModifieePar).HasMaxLength(200);
        builder.HasIndex(a => new { a.FicheActionId, a.Annee }).IsUnique();
        builder.HasOne<FicheAction>().WithMany().HasForeignKey(a => a.FicheActionId).OnDelete(DeleteBehavior.Cascade);
    }
}
