using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;

namespace Passerelle.Web.Features.Contrats;

/// <summary>
/// A département's contract rules ([config], docs/glossary.md): the longer duration allowed to young
/// people, how long before the end the référent is alerted, and whether the structure head validates a
/// CER before the département. Without a row the national defaults below apply.
/// </summary>
public class ReglesContrats : ITenantOwned, IVersioned
{
    /// <summary>The usual CER durations (CASF L262-35 practice).</summary>
    public static readonly IReadOnlyList<int> DureesPermises = [3, 6, 9, 12];
    public const int DureeJeunesParDefautMois = 24, AgeJeunes = 26, AlerteParDefautMois = 2;

    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    /// <summary>The longest contract for a person under <see cref="AgeJeunes"/> at its start.</summary>
    public int DureeJeunesMois { get; set; } = DureeJeunesParDefautMois;
    public int AlerteAvantFinMois { get; set; } = AlerteParDefautMois;
    public bool ValidationParStructure { get; set; }

    /// <summary>Durations a contract starting on <paramref name="debut"/> may have for a person born on <paramref name="naissance"/>.</summary>
    public IReadOnlyList<int> Durees(DateOnly naissance, DateOnly debut) =>
        naissance.AddYears(AgeJeunes) > debut && DureeJeunesMois > DureesPermises[^1] ? [.. DureesPermises, DureeJeunesMois] : DureesPermises;
}

internal sealed class ReglesContratsConfiguration : IEntityTypeConfiguration<ReglesContrats>
{
    public void Configure(EntityTypeBuilder<ReglesContrats> builder)
    {
        builder.ToTable("ReglesContrats");
        builder.HasIndex(r => r.DepartementId).IsUnique();
        builder.HasOne<Departements.Departement>().WithMany().HasForeignKey(r => r.DepartementId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>The département's contract rules, or the national defaults; kept between requests until they change.</summary>
public sealed class ReglesContratsEnVigueur(AppDbContext db, CacheDepartement cache)
{
    public Task<ReglesContrats> ObtenirAsync(CancellationToken ct = default) =>
        cache.ObtenirAsync(db, "regles-contrats",
            async c => await db.Set<ReglesContrats>().AsNoTracking().FirstOrDefaultAsync(c) ?? new ReglesContrats(), ct);
}
