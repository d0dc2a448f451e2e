using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Indicateurs;

/// <summary>The period and territoire asked for (page: Du, Au, TerritoireId; API: ?du=&amp;au=&amp;territoireId=).</summary>
public sealed class FiltreIndicateurs
{
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
        return erreurs.Count > 0 ? (null, null, erreurs) : (new Periode(du, au), portee, erreurs);
    }
}
