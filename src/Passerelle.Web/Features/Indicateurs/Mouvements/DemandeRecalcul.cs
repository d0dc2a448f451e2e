using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Indicateurs.Mouvements;

/// <summary>
/// Stored movements a write has made stale, written in the same transaction as that write. With a
/// <see cref="ParcoursId"/>: the days from <see cref="Du"/> to <see cref="Au"/> (none: from the
/// beginning, to the end) on which that parcours changes, and those two days — a parcours's
/// movement on one of its dates depends on its other dates, so a change between two days changes
/// every movement of that parcours between them. Without: the day <see cref="Du"/>, or, with no day
/// either, every day. <see cref="ReperageMouvements"/> writes them for every change saved through
/// the DbContext; a set-based write to parcours or designations (ExecuteUpdate, SQL, bulk copy) must
/// add its own, <see cref="Tout"/> when it cannot tell the days.
/// </summary>
public class DemandeRecalcul : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int? ParcoursId { get; set; }
    public DateOnly? Du { get; set; }
    public DateOnly? Au { get; set; }

    public static DemandeRecalcul Tout(int departementId) => new() { DepartementId = departementId };

    public static DemandeRecalcul Jour(int departementId, DateOnly jour) => new() { DepartementId = departementId, Du = jour, Au = jour };
}

internal sealed class DemandeRecalculConfiguration : IEntityTypeConfiguration<DemandeRecalcul>
{
    public void Configure(EntityTypeBuilder<DemandeRecalcul> builder)
    {
        builder.ToTable("DemandesRecalcul");
        builder.HasIndex(d => new { d.DepartementId, d.Du });
        builder.HasOne<Departements.Departement>().WithMany().HasForeignKey(d => d.DepartementId).OnDelete(DeleteBehavior.Cascade);
    }
}
