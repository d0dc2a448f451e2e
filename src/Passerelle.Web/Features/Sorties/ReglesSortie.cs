using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Sorties;

/// <summary>
/// A département's follow-up after exit ([config]): how many months after the exit each follow-up
/// task falls due. Without a row the national default applies: 6 and 12 months (primer §3 step 10).
/// </summary>
public class ReglesSortie : ITenantOwned, IVersioned
{
    public const int PremierSuiviParDefaut = 6, SecondSuiviParDefaut = 12, MoisMaximum = 36;

    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public int PremierSuiviMois { get; set; } = PremierSuiviParDefaut;
    /// <summary>Null when the département asks for a single follow-up.</summary>
    public int? SecondSuiviMois { get; set; } = SecondSuiviParDefaut;

    public IReadOnlyList<int> Delais => SecondSuiviMois is int second ? [PremierSuiviMois, second] : [PremierSuiviMois];

    public static async Task<ReglesSortie> EnVigueurAsync(AppDbContext db, CancellationToken ct) =>
        await db.Set<ReglesSortie>().AsNoTracking().FirstOrDefaultAsync(ct) ?? new ReglesSortie();
}

internal sealed class ReglesSortieConfiguration : IEntityTypeConfiguration<ReglesSortie>
{
    public void Configure(EntityTypeBuilder<ReglesSortie> builder)
    {
        builder.ToTable("ReglesSortie");
        builder.HasIndex(r => r.DepartementId).IsUnique();
        builder.HasOne<Departements.Departement>().WithMany().HasForeignKey(r => r.DepartementId).OnDelete(DeleteBehavior.Restrict);
    }
}
