using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Indicateurs;

/// <summary>The period and territoire asked for (page: Du, Au, TerritoireId; API: ?du=&amp;au=&amp;territoireId=).</summary>
public sealed class FiltreIndicateurs
{
    /// <summary>Secrecy is decided month by month (one query per month for appointments and decisions): ten years at most.</summary>
    public const int MoisMaxSousSecret = 120;

    public DateOnly? Du { get; set; }
    public DateOnly? Au { get; set; }
    public int? TerritoireId { get; set; }

    /// <summary>The period (default: the current calendar year) and the scope, or the French reason of each refused field.</summary>
    public async Task<(Periode? Periode, Portee? Portee, IReadOnlyDictionary<string, string> Erreurs)> ResoudreAsync(
        PerimetreIndicateurs perimetre, AppDbContext db, DateOnly aujourdhui, CancellationToken ct)
    {
        var erreurs = new Dictionary<string, string>();
        var du = Du ?? new DateOnly(aujourdhui.Year, 1, 1);
        var au = Au ?? new DateOnly(aujourdhui.Year, 12, 31);
        if (!DatesPlausibles.Accepte(Du)) erreurs[nameof(Du)] = DatesPlausibles.Message;
        if (!DatesPlausibles.Accepte(Au)) erreurs[nameof(Au)] = DatesPlausibles.Message;
        else if (du > au) erreurs[nameof(Au)] = "La fin de la période doit être postérieure ou égale à son début.";
        Portee? portee = null;
        if (TerritoireId is int t && !await db.Territoires.AnyAsync(x => x.Id == t, ct))
            erreurs[nameof(TerritoireId)] = "Ce territoire n'existe pas ou n'est pas dans votre périmètre.";
        else if ((portee = perimetre.Resoudre(TerritoireId)) is null)
            erreurs[nameof(TerritoireId)] = "Ce territoire n'est pas dans votre périmètre.";
        if (erreurs.Count == 0 && portee!.Secret) (du, au) = MoisTermines(du, au, aujourdhui, erreurs);
        return erreurs.Count > 0 ? (null, null, erreurs) : (new Periode(du, au), portee, erreurs);
    }

    /// <summary>
    /// Under secrecy a period is whole months, and months that are over: two periods a day apart, or the same month
    /// asked two days running, would give away one day's few people (docs/indicators.md, « Statistical secrecy »).
    /// </summary>
    private static (DateOnly Du, DateOnly Au) MoisTermines(DateOnly du, DateOnly au, DateOnly aujourdhui, Dictionary<string, string> erreurs)
    {
        var finDernierMois = new DateOnly(aujourdhui.Year, aujourdhui.Month, 1).AddDays(-1);
        (du, au) = (new DateOnly(du.Year, du.Month, 1), new DateOnly(au.Year, au.Month, 1).AddMonths(1).AddDays(-1));
        if (au > finDernierMois) au = finDernierMois;
        if (au < du)
            erreurs[nameof(Au)] = "Sous secret statistique, seuls les mois terminés sont diffusés : choisissez une période qui commence avant le mois en cours.";
        else if (au.Year * 12 + au.Month - (du.Year * 12 + du.Month) >= MoisMaxSousSecret)
            erreurs[nameof(Au)] = $"Sous secret statistique, la période couvre au plus {MoisMaxSousSecret / 12} ans : raccourcissez-la.";
        return (du, au);
    }
}
