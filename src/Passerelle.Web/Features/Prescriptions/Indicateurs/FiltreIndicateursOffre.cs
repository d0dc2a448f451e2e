using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Indicateurs;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Prescriptions.Indicateurs;

/// <summary>How the figures are broken down: one row per action, fiche-action, operator structure, territoire of origin, or one row.</summary>
public enum DecoupageOffre { Departement, Action, FicheAction, Structure, Territoire }

/// <summary>What is computed: a period, a breakdown, and the actions and prescriptions counted (null: no restriction).</summary>
public sealed record SelectionOffre(Periode Periode, DecoupageOffre Par, int? ActionId, int? FicheId,
    IReadOnlyCollection<int>? Structures, IReadOnlyCollection<int>? Territoires);

/// <summary>The question asked (page: Du, Au, Par…; API: ?du=&amp;au=&amp;par=&amp;actionId=&amp;ficheId=&amp;structureId=&amp;territoireId=).</summary>
public sealed class FiltreIndicateursOffre
{
    /// <summary>The participants of the period are read into memory (<see cref="IndicateursOffre"/>): ten years at most.</summary>
    public const int AnneesMax = 10;

    /// <param name="Colonne">What one row of the breakdown is, as the table's first column says it.</param>
    public static readonly IReadOnlyList<(string Code, DecoupageOffre Decoupage, string Libelle, string Colonne)> Decoupages =
    [
        ("departement", DecoupageOffre.Departement, "Ensemble du périmètre", "Périmètre"),
        ("action", DecoupageOffre.Action, "Par action", "Action"),
        ("fiche-action", DecoupageOffre.FicheAction, "Par fiche-action", "Fiche-action"),
        ("structure", DecoupageOffre.Structure, "Par structure opératrice", "Structure opératrice"),
        ("territoire", DecoupageOffre.Territoire, "Par territoire d'origine des prescriptions", "Territoire d'origine"),
    ];

    public DateOnly? Du { get; set; }
    public DateOnly? Au { get; set; }
    public string? Par { get; set; }
    public int? ActionId { get; set; }
    public int? FicheId { get; set; }
    public int? StructureId { get; set; }
    public int? TerritoireId { get; set; }

    /// <summary>The selection within the user's scope (default period: the current calendar year), or the French reason of each refused field.</summary>
    public async Task<(SelectionOffre? Selection, IReadOnlyDictionary<string, string> Erreurs)> ResoudreAsync(
        PorteeOffre portee, AppDbContext db, DateOnly aujourdhui, CancellationToken ct)
    {
        var erreurs = new Dictionary<string, string>();
        var du = Du ?? new DateOnly(aujourdhui.Year, 1, 1);
        var au = Au ?? new DateOnly(aujourdhui.Year, 12, 31);
        if (!DatesPlausibles.Accepte(Du)) erreurs[nameof(Du)] = DatesPlausibles.Message;
        if (!DatesPlausibles.Accepte(Au)) erreurs[nameof(Au)] = DatesPlausibles.Message;
        else if (au < du) erreurs[nameof(Au)] = "La fin de la période doit être postérieure ou égale à son début.";
        else if (au >= du.AddYears(AnneesMax)) erreurs[nameof(Au)] = $"La période couvre au plus {AnneesMax} ans : raccourcissez-la.";
        var decoupage = Decoupages.Where(d => string.Equals(d.Code, Par ?? "departement", StringComparison.OrdinalIgnoreCase)).Select(d => (DecoupageOffre?)d.Decoupage).FirstOrDefault();
        if (decoupage is null) erreurs[nameof(Par)] = $"Découpage inconnu : choisissez {string.Join(", ", Decoupages.Select(d => d.Code))}.";
        var territoires = portee.Territoires;
        if (TerritoireId is int t)
        {
            if (!await db.Territoires.AnyAsync(x => x.Id == t, ct) || (territoires is not null && !territoires.Contains(t)))
                erreurs[nameof(TerritoireId)] = "Ce territoire n'existe pas ou n'est pas dans votre périmètre.";
            territoires = [t];
        }
        var structures = portee.Structures;
        if (StructureId is int s)
        {
            if (!await db.Structures.AnyAsync(x => x.Id == s, ct) || (structures is not null && !structures.Contains(s)))
                erreurs[nameof(StructureId)] = "Cette structure n'existe pas ou n'est pas dans votre périmètre.";
            structures = [s];
        }
        return erreurs.Count > 0 ? (null, erreurs)
            : (new SelectionOffre(new Periode(du, au), decoupage!.Value, ActionId, FicheId, structures, territoires), erreurs);
    }
}
