using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Prescriptions.Indicateurs;

/// <summary>
/// The indicators of the insertion offer (issue 14 §7) computed live, broken down by action, fiche-action, operator
/// structure or territoire of origin (definitions: docs/indicators.md, « Offre d'insertion »; <see cref="MesureOffre"/>).
/// Three reads whatever the breakdown: the participants present in the period and the funding periods that overlap it,
/// each as a projection of a few columns, and the prescriptions sent in the period counted per action and territoire by
/// the database. Days of presence clipped to the period, distinct persons per group and medians are then computed in
/// memory: a département's year is a few tens of thousands of small tuples, where doing it in SQL would take one query
/// per figure and per breakdown, with date arithmetic that differs between SQLite and PostgreSQL.
/// </summary>
public sealed class IndicateursOffre(AppDbContext db, HeureLegale heure)
{
    private sealed record ActionOffre(int Id, string Nom, int FicheActionId, int StructureId);

    private sealed record CompteEnvois(int ActionId, int? TerritoireId, int Nombre);

    public async Task<TableauOffre> CalculerAsync(SelectionOffre selection, CancellationToken ct)
    {
        var (du, au) = (selection.Periode.Du, selection.Periode.Au);
        var aujourdhui = heure.Aujourdhui;
        var actions = await Actions(selection).Select(a => new ActionOffre(a.Id, a.Nom, a.FicheActionId, a.StructureId)).ToDictionaryAsync(a => a.Id, ct);
        var prescriptions = Prescriptions(selection);
        var participants = (await prescriptions
                .Where(p => (p.Statut == StatutPrescription.EnCours || p.Statut == StatutPrescription.Terminee)
                    && p.DateEntree <= au && (p.DateSortie == null || p.DateSortie >= du))
                .Select(p => new
                {
                    p.ActionInsertionId,
                    p.PersonneId,
                    p.TerritoireId,
                    p.BeneficiaireRsa,
                    p.PrescriteLe,
                    DateEntree = p.DateEntree!.Value,
                    p.DateSortie,
                    p.TypeSortie,
                    p.Situation3Mois,
                    p.Situation6Mois
                })
                .ToListAsync(ct))
            .Select(p => new Participant(p.ActionInsertionId, p.PersonneId, p.TerritoireId, p.BeneficiaireRsa, heure.Jour(p.PrescriteLe), p.DateEntree, p.DateSortie,
                p.TypeSortie, p.Situation3Mois, p.Situation6Mois)).ToList();
        // Places are the action's, not a territoire's: with participants counted by territoire of origin there is no denominator.
        var occupation = selection.Territoires is null && selection.Par != DecoupageOffre.Territoire;
        var places = occupation
            ? await Places(selection).Where(p => p.Debut <= au && p.Fin >= du).Select(p => new PlacesAction(p.ActionInsertionId, p.Debut, p.Fin, p.Places)).ToListAsync(ct)
            : [];
        var (debut, fin) = (heure.DebutDuJourUtc(du), heure.DebutDuJourUtc(au.AddDays(1)));
        var envois = await prescriptions.Where(p => p.PrescriteLe >= debut && p.PrescriteLe < fin)
            .GroupBy(p => new { p.ActionInsertionId, p.TerritoireId }).Select(g => new CompteEnvois(g.Key.ActionInsertionId, g.Key.TerritoireId, g.Count())).ToListAsync(ct);

        int? Groupe(int actionId, int? territoireId) => selection.Par switch
        {
            DecoupageOffre.Action => actionId,
            DecoupageOffre.FicheAction => actions[actionId].FicheActionId,
            DecoupageOffre.Structure => actions[actionId].StructureId,
            DecoupageOffre.Territoire => territoireId,
            _ => null,
        };
        var mesure = new MesureOffre(selection.Periode, au < aujourdhui ? au : aujourdhui, occupation);
        var parGroupe = participants.ToLookup(p => Groupe(p.ActionId, p.TerritoireId));
        var placesParGroupe = places.ToLookup(p => Groupe(p.ActionId, null));
        var envoisParGroupe = envois.ToLookup(e => Groupe(e.ActionId, e.TerritoireId));
        List<int?> groupes = selection.Par == DecoupageOffre.Departement ? [null]
            : parGroupe.Select(g => g.Key).Union(placesParGroupe.Select(g => g.Key)).Union(envoisParGroupe.Select(g => g.Key)).ToList();
        var libelles = await LibellesAsync(selection, groupes, actions, ct);
        var lignes = groupes.Select(g => mesure.Mesurer(g, libelles[g ?? 0], [.. parGroupe[g]], [.. placesParGroupe[g]], envoisParGroupe[g].Sum(e => e.Nombre)))
            .OrderBy(l => l.Id is null ? 1 : 0).ThenBy(l => l.Libelle, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true)).ToList();
        var code = FiltreIndicateursOffre.Decoupages.Single(d => d.Decoupage == selection.Par).Code;
        return new TableauOffre(du, au, code, await PerimetreAsync(selection, ct), lignes);
    }

    /// <summary>The actions counted: the département's (tenant filter), within the structures and the fiche or action asked.</summary>
    private IQueryable<ActionInsertion> Actions(SelectionOffre s)
    {
        var actions = db.Set<ActionInsertion>().AsNoTracking();
        if (s.ActionId is int action) actions = actions.Where(a => a.Id == action);
        if (s.FicheId is int fiche) actions = actions.Where(a => a.FicheActionId == fiche);
        if (s.Structures is { } structures) actions = actions.Where(a => structures.Contains(a.StructureId));
        return actions;
    }

    private static bool RestreintLesActions(SelectionOffre s) => s.ActionId is not null || s.FicheId is not null || s.Structures is not null;

    private IQueryable<Prescription> Prescriptions(SelectionOffre s)
    {
        var prescriptions = db.Set<Prescription>().AsNoTracking();
        if (RestreintLesActions(s)) prescriptions = prescriptions.Where(p => Actions(s).Select(a => a.Id).Contains(p.ActionInsertionId));
        if (s.Territoires is { } territoires) prescriptions = prescriptions.Where(p => p.TerritoireId != null && territoires.Contains(p.TerritoireId.Value));
        return prescriptions;
    }

    private IQueryable<PlacesFinancees> Places(SelectionOffre s)
    {
        var places = db.Set<PlacesFinancees>().AsNoTracking();
        return RestreintLesActions(s) ? places.Where(p => Actions(s).Select(a => a.Id).Contains(p.ActionInsertionId)) : places;
    }

    /// <summary>The label of each group, keyed by its id (0 for the row without id).</summary>
    private async Task<Dictionary<int, string>> LibellesAsync(SelectionOffre s, List<int?> groupes, Dictionary<int, ActionOffre> actions, CancellationToken ct)
    {
        var ids = groupes.OfType<int>().ToList();
        var libelles = s.Par switch
        {
            DecoupageOffre.Action => ids.ToDictionary(id => id, id => actions[id].Nom),
            DecoupageOffre.FicheAction => await db.Set<ElementProgramme>().AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => $"{e.Code} — {e.Titre}", ct),
            DecoupageOffre.Structure => await db.Structures.AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Nom, ct),
            DecoupageOffre.Territoire => await db.Territoires.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Nom, ct),
            _ => [],
        };
        libelles[0] = s.Par == DecoupageOffre.Territoire ? "Sans territoire connu" : "Ensemble du périmètre";
        return libelles;
    }

    private async Task<string> PerimetreAsync(SelectionOffre s, CancellationToken ct)
    {
        var parties = new List<string>();
        if (s.Structures is { } structures)
            parties.Add("structures : " + string.Join(", ", await db.Structures.AsNoTracking().Where(x => structures.Contains(x.Id)).OrderBy(x => x.Nom).Select(x => x.Nom).ToListAsync(ct)));
        if (s.Territoires is { } territoires)
            parties.Add("personnes des territoires : " + string.Join(", ", await db.Territoires.AsNoTracking().Where(t => territoires.Contains(t.Id)).OrderBy(t => t.Nom).Select(t => t.Nom).ToListAsync(ct)));
        if (s.FicheId is not null) parties.Add("une fiche-action");
        if (s.ActionId is not null) parties.Add("une action");
        return parties.Count == 0 ? "Tout le département" : string.Join(" ; ", parties);
    }
}
