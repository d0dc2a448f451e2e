using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires;

/// <summary>
/// A département's EP rules ([config], primer §3 step 9): the detection clock (reminders 60 / +30 / +30 days after the
/// orientation without contract, one département's practice), the detection thresholds, and the bareme of sanctions.
/// Without a row the values below apply. The law's own delays are in <see cref="ReglesNationalesEp"/>, not here.
/// </summary>
public class ReglesEp : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }

    /// <summary>Days after the orientation without contract before the first reminder.</summary>
    public int PremiereRelanceJours { get; set; } = 60;
    /// <summary>Days between two reminders.</summary>
    public int IntervalleRelancesJours { get; set; } = 30;
    /// <summary>Reminders sent before the person may be put on an EP agenda.</summary>
    public int NombreRelances { get; set; } = 3;
    /// <summary>Unexcused absences at appointments, within <see cref="PeriodeAbsencesMois"/>, that make « absences répétées ».</summary>
    public int AbsencesPourSignalement { get; set; } = 2;
    public int PeriodeAbsencesMois { get; set; } = 6;
    /// <summary>Months in a social orientation after which the maintien is examined (6 or 12 in practice).</summary>
    public int MaintienSocialMois { get; set; } = 12;

    /// <summary>First passage: the reduction, in euros, and its length.</summary>
    public decimal MontantReduction { get; set; } = 100m;
    public int DureeReductionMois { get; set; } = 1;
    /// <summary>
    /// The sanction ladder (primer §3 step 9): on a person's first passage (no earlier sanction still standing) only a
    /// reduction or a grace period; a partial or total suspension from the second. A département that suspends from the
    /// first passage says so here.
    /// </summary>
    public bool SuspensionDesLePremierPassage { get; set; }
    /// <summary>Longest suspension (partial or total) a decision may order.</summary>
    public int DureeMaximaleSuspensionMois { get; set; } = 4;
    /// <summary>Suspension-remobilisation: the share suspended (at least this percentage) and its longest length.</summary>
    public int PourcentageMinimalRemobilisation { get; set; } = 30;
    public int DureeMaximaleRemobilisationMois { get; set; } = 2;
    /// <summary>How many months of suspended amounts are given back when the person resumes their obligations.</summary>
    public int RestitutionMaximaleMois { get; set; } = 3;

    public static async Task<ReglesEp> EnVigueurAsync(AppDbContext db, CancellationToken ct) =>
        await db.Set<ReglesEp>().AsNoTracking().FirstOrDefaultAsync(ct) ?? new ReglesEp();

    /// <summary>The day the reminder of rank <paramref name="rang"/> (1-based) is due, counted from the orientation.</summary>
    public DateOnly EcheanceRelance(DateOnly dateOrientation, int rang) =>
        dateOrientation.AddDays(PremiereRelanceJours + (rang - 1) * IntervalleRelancesJours);
}

/// <summary>The law's delays, the same in every département.</summary>
public static class ReglesNationalesEp
{
    /// <summary>At least 31 days between two passages of a person on the same thématique (primer §3 step 9).</summary>
    public const int JoursEntrePassages = 31;

    /// <summary>
    /// The person informed of the intended sanction has one month to present observations (CASF R262-68): no sanction
    /// is decided before the informing letter's date plus one month.
    /// </summary>
    public const int MoisPourObservations = 1;

    public static DateOnly FinDelaiObservations(DateOnly dateInformation) => dateInformation.AddMonths(MoisPourObservations);
}

internal sealed class ReglesEpConfiguration : IEntityTypeConfiguration<ReglesEp>
{
    public void Configure(EntityTypeBuilder<ReglesEp> builder)
    {
        builder.ToTable("ReglesEp");
        builder.Property(r => r.MontantReduction).HasPrecision(10, 2);
        builder.HasIndex(r => r.DepartementId).IsUnique();
        builder.HasOne<Departements.Departement>().WithMany().HasForeignKey(r => r.DepartementId).OnDelete(DeleteBehavior.Restrict);
    }
}
