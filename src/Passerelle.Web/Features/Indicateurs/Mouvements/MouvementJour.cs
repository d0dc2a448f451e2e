using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Indicateurs.Mouvements;

/// <summary>
/// The net change, on one day and in one territoire (that of the parcours), of the number of open
/// parcours, of those with no référent designation open, and of those among them already oriented
/// (<see cref="SituationParcours"/>). Summed up to a date, the movements give the stock at that
/// date: the « soumis aux droits et devoirs sans référent » figure reads a few thousand of these rows
/// instead of every parcours of the département. Only days that are over are stored (see <see cref="EtatMouvements"/>).
/// </summary>
public class MouvementJour : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public DateOnly Jour { get; set; }
    public int? TerritoireId { get; set; }
    public int Ouverts { get; set; }
    public int SansReferent { get; set; }
    public int SansReferentOrientes { get; set; }
}

internal sealed class MouvementJourConfiguration : IEntityTypeConfiguration<MouvementJour>
{
    public void Configure(EntityTypeBuilder<MouvementJour> builder)
    {
        builder.ToTable("MouvementsJour");
        // Not unique: a territoire deleted sets its rows' territoire to null, as it does for the parcours.
        builder.HasIndex(m => new { m.DepartementId, m.Jour, m.TerritoireId });
        builder.HasOne<Departements.Departement>().WithMany().HasForeignKey(m => m.DepartementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Territoires.Territoire>().WithMany().HasForeignKey(m => m.TerritoireId).OnDelete(DeleteBehavior.SetNull);
    }
}
