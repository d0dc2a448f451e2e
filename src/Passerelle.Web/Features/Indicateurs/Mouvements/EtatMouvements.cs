using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Indicateurs.Mouvements;

/// <summary>
/// How far a département's movements are stored: every day up to <see cref="CalculesJusquAu"/>
/// included, later days being computed at each reading. No row: nothing is stored yet (a new
/// database, or the first reading after this feature reached an existing one).
/// </summary>
public class EtatMouvements : ITenantOwned
{
    public int DepartementId { get; set; }
    public DateOnly CalculesJusquAu { get; set; }
    /// <summary>The last update (UTC): always written, so two concurrent updates of a département collide on this row.</summary>
    public DateTime ActualiseLe { get; set; }
}

internal sealed class EtatMouvementsConfiguration : IEntityTypeConfiguration<EtatMouvements>
{
    public void Configure(EntityTypeBuilder<EtatMouvements> builder)
    {
        builder.ToTable("EtatsMouvements");
        builder.HasKey(e => e.DepartementId);
        builder.Property(e => e.DepartementId).ValueGeneratedNever();
        builder.HasOne<Departements.Departement>().WithMany().HasForeignKey(e => e.DepartementId).OnDelete(DeleteBehavior.Cascade);
    }
}
