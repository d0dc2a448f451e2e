using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Conservation;

/// <summary>
/// A département's retention of personal data (primer §9, [config]): how many months after the end
/// of accompaniment (<see cref="FinAccompagnement"/>) a person is anonymised, and whether the daily
/// job applies it by itself. Without a row the national usual duration applies and nothing runs
/// automatically: the département's administrator reads a simulation first.
/// </summary>
public class ReglesConservation : ITenantOwned, IVersioned
{
    public const int DureeParDefautMois = 24, DureeMinimaleMois = 12, DureeMaximaleMois = 120;

    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public int DureeMois { get; set; } = DureeParDefautMois;
    public bool AnonymisationAutomatique { get; set; }
}

internal sealed class ReglesConservationConfiguration : IEntityTypeConfiguration<ReglesConservation>
{
    public void Configure(EntityTypeBuilder<ReglesConservation> builder)
    {
        builder.ToTable("ReglesConservation");
        builder.HasIndex(r => r.DepartementId).IsUnique();
        builder.HasOne<Departements.Departement>().WithMany().HasForeignKey(r => r.DepartementId).OnDelete(DeleteBehavior.Restrict);
    }
}
