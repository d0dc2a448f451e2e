using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Prescriptions;

/// <summary>
/// A département's clock for unanswered prescriptions ([config], primer §3 step 8): the operator is reminded after
/// <see cref="RelanceJours"/> days without an answer, and the prescription expires after <see cref="ExpirationJours"/>.
/// Without a row the usual 10 and 30 days apply.
/// </summary>
public class ReglesPrescriptions : ITenantOwned, IVersioned
{
    public const int RelanceParDefaut = 10, ExpirationParDefaut = 30;

    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public int RelanceJours { get; set; } = RelanceParDefaut;
    public int ExpirationJours { get; set; } = ExpirationParDefaut;

    public static async Task<ReglesPrescriptions> EnVigueurAsync(AppDbContext db, CancellationToken ct) =>
        await db.Set<ReglesPrescriptions>().AsNoTracking().FirstOrDefaultAsync(ct) ?? new ReglesPrescriptions();
}

internal sealed class ReglesPrescriptionsConfiguration : IEntityTypeConfiguration<ReglesPrescriptions>
{
    public void Configure(EntityTypeBuilder<ReglesPrescriptions> builder)
    {
        builder.ToTable("ReglesPrescriptions");
        builder.HasIndex(r => r.DepartementId).IsUnique();
        builder.HasOne<Departements.Departement>().WithMany().HasForeignKey(r => r.DepartementId).OnDelete(DeleteBehavior.Restrict);
    }
}
