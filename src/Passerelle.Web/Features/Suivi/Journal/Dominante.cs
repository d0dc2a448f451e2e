using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Suivi.Journal;

/// <summary>
/// The « dominante » of a person's accompaniment for a period. A change ends the current one and
/// opens another, so the rows are its history. The label is kept as it was when chosen: a
/// département may rename its list later.
/// </summary>
public class DominanteAccompagnement : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int PersonneId { get; set; }
    public required string Code { get; set; }
    public required string Libelle { get; set; }
    public DateOnly DateDebut { get; set; }
    public DateOnly? DateFin { get; set; }
    public required string ChoisiePar { get; set; }
    public DateTime ChoisieLe { get; set; }
}

/// <summary>One dominante a département offers ([config]); without any row the national list applies (<see cref="DominantesEnVigueur"/>).</summary>
public class DominanteDepartement : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public required string Code { get; set; }
    public required string Libelle { get; set; }
    public int Ordre { get; set; }
}

internal sealed class DominanteAccompagnementConfiguration : IEntityTypeConfiguration<DominanteAccompagnement>
{
    public void Configure(EntityTypeBuilder<DominanteAccompagnement> builder)
    {
        builder.ToTable("DominantesAccompagnement");
        builder.Property(d => d.Code).HasMaxLength(40);
        builder.Property(d => d.Libelle).HasMaxLength(200);
        builder.Property(d => d.ChoisiePar).HasMaxLength(200);
        builder.HasIndex(d => new { d.PersonneId, d.DateDebut });
        builder.HasIndex(d => d.PersonneId).IsUnique().HasFilter("\"DateFin\" IS NULL").HasDatabaseName("IX_DominantesAccompagnement_Courante");
        builder.HasOne<Dossiers.Personne>().WithMany().HasForeignKey(d => d.PersonneId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DominanteDepartementConfiguration : IEntityTypeConfiguration<DominanteDepartement>
{
    public void Configure(EntityTypeBuilder<DominanteDepartement> builder)
    {
        builder.ToTable("DominantesDepartement");
        builder.Property(d => d.Code).HasMaxLength(40);
        builder.Property(d => d.Libelle).HasMaxLength(200);
        builder.HasIndex(d => new { d.DepartementId, d.Code }).IsUnique();
        builder.HasOne<Departements.Departement>().WithMany().HasForeignKey(d => d.DepartementId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed record Dominante(string Code, string Libelle);

/// <summary>The dominantes offered in the current département: its own list, or the national one.</summary>
public sealed class DominantesEnVigueur(AppDbContext db)
{
    /// <summary>The three dominantes of the national accompaniment framework.</summary>
    public static readonly IReadOnlyList<Dominante> Nationales =
    [
        new("lien-social", "Lien social et citoyenneté"),
        new("preparation-emploi", "Préparation à l'emploi"),
        new("mediation-emploi", "Médiation vers l'emploi"),
    ];

    public async Task<IReadOnlyList<Dominante>> ListerAsync(CancellationToken ct)
    {
        var propres = await db.Set<DominanteDepartement>().AsNoTracking().OrderBy(d => d.Ordre).ThenBy(d => d.Code)
            .Select(d => new Dominante(d.Code, d.Libelle)).ToListAsync(ct);
        return propres.Count > 0 ? propres : Nationales;
    }
}
