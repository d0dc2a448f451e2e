using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Web.Features.Financements;

/// <summary>The État conventions that fund insertion actions (primer §6).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConventionEtat>))]
public enum ConventionEtat { StrategiePauvrete, PacteDesSolidarites }

/// <summary>
/// A funder's decision on one action of the offer and how far it was carried out: voted, committed (engagé), paid,
/// over a period. Kept apart from the programme's <see cref="LigneFinancement"/>, which are the planned amounts
/// written in the programme file and replaced whole by each import or fiche edit (decision 0019).
/// </summary>
public class FinancementAction : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public int ActionInsertionId { get; set; }
    public Financeur Financeur { get; set; }
    /// <summary>For FSE+: the programme (e.g. the national FSE+ programme) and the operation number the managing authority gave.</summary>
    public string? ProgrammeFse { get; set; }
    public string? OperationFse { get; set; }
    /// <summary>For the État: the convention the money comes under.</summary>
    public ConventionEtat? Convention { get; set; }
    public string? Objet { get; set; }
    public DateOnly Debut { get; set; }
    public DateOnly Fin { get; set; }
    public decimal MontantVote { get; set; }
    public decimal MontantEngage { get; set; }
    public decimal MontantPaye { get; set; }
    public DateTime ModifieLe { get; set; }
    public required string ModifiePar { get; set; }
}

public static class LibellesFinancement
{
    public static string Libelle(this ConventionEtat convention) => convention switch
    {
        ConventionEtat.StrategiePauvrete => "Stratégie pauvreté",
        _ => "Pacte des solidarités",
    };

    /// <summary>What distinguishes the line beyond its funder: the convention, the FSE+ operation, the object.</summary>
    public static string Precisions(this FinancementAction l) => string.Join(" — ", new[]
    {
        l.Convention is { } c ? $"Convention {c.Libelle()}" : null,
        l.OperationFse is { } o ? $"Programme {l.ProgrammeFse}, opération {o}" : null,
        l.Objet,
    }.OfType<string>());

    public static string Periode(DateOnly debut, DateOnly fin) =>
        debut.Day == 1 && debut.Month == 1 && fin == new DateOnly(debut.Year, 12, 31) ? $"{debut.Year}" : $"du {debut:dd/MM/yyyy} au {fin:dd/MM/yyyy}";

    public static string Taux(decimal? taux) => taux is { } t ? (t * 100).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) + " %" : "—";
}

internal sealed class FinancementActionConfiguration : IEntityTypeConfiguration<FinancementAction>
{
    public void Configure(EntityTypeBuilder<FinancementAction> builder)
    {
        builder.ToTable("FinancementsAction");
        builder.Property(l => l.Financeur).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Convention).HasConversion<string>().HasMaxLength(30);
        builder.Property(l => l.ProgrammeFse).HasMaxLength(60);
        builder.Property(l => l.OperationFse).HasMaxLength(30);
        builder.Property(l => l.Objet).HasMaxLength(300);
        builder.Property(l => l.MontantVote).HasPrecision(18, 2);
        builder.Property(l => l.MontantEngage).HasPrecision(18, 2);
        builder.Property(l => l.MontantPaye).HasPrecision(18, 2);
        builder.Property(l => l.ModifiePar).HasMaxLength(200);
        builder.HasIndex(l => l.ActionInsertionId);
        builder.HasIndex(l => new { l.DepartementId, l.OperationFse });
        builder.HasOne<Offre.ActionInsertion>().WithMany().HasForeignKey(l => l.ActionInsertionId).OnDelete(DeleteBehavior.Cascade);
    }
}
