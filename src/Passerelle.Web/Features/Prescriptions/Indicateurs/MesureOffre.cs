using Passerelle.Web.Features.Indicateurs;
using Passerelle.Web.Features.Sorties;

namespace Passerelle.Web.Features.Prescriptions.Indicateurs;

/// <summary>A participant present in an action during the period, with the legal day of their prescription.</summary>
public sealed record Participant(int ActionId, int PersonneId, int? TerritoireId, bool BeneficiaireRsa, DateOnly PrescriteLe, DateOnly Entree,
    DateOnly? Sortie, TypeSortieAction? TypeSortie, SituationEmploi? Situation3Mois, SituationEmploi? Situation6Mois);

/// <summary>Places funded to an action over a funding period.</summary>
public sealed record PlacesAction(int ActionId, DateOnly Debut, DateOnly Fin, int Places);

/// <summary>
/// One row of the offer's indicators from the rows of its group, word for word the definitions of docs/indicators.md
/// (« Offre d'insertion »). <paramref name="FinComptee"/> is the period's end or today, whichever is earlier: days to come
/// are neither places offered nor days of presence.
/// </summary>
public sealed record MesureOffre(Periode Periode, DateOnly FinComptee, bool OccupationCalculee)
{
    public LigneOffre Mesurer(int? id, string libelle, IReadOnlyCollection<Participant> participants, IReadOnlyCollection<PlacesAction> places, int envoyees)
    {
        var accompagnees = participants.Select(p => p.PersonneId).Distinct().Count();
        var rsa = participants.Where(p => p.BeneficiaireRsa).Select(p => p.PersonneId).Distinct().Count();
        var sorties = participants.Where(p => p.Sortie >= Periode.Du && p.Sortie <= Periode.Au).ToList();
        int Sorties(Func<TypeSortieAction, bool> type) => sorties.Count(s => s.TypeSortie is { } t && type(t));
        var (dynamiques, durables, abandons) = (Sorties(t => t.EstDynamique()), Sorties(t => t == TypeSortieAction.EmploiDurable), Sorties(t => t == TypeSortieAction.Abandon));
        var delais = participants.Where(p => p.Entree >= Periode.Du && p.Entree <= Periode.Au).Select(p => p.Entree.DayNumber - p.PrescriteLe.DayNumber)
            .GroupBy(j => j).Select(g => new ClasseDelai(g.Key, false, g.Count())).ToList();
        var delai = StatDelai.Mesurer(delais);
        return new LigneOffre(id, libelle,
            new PersonnesOffre(accompagnees, rsa, accompagnees - rsa, Taux(rsa, accompagnees)),
            OccupationCalculee ? Occupation(participants, places) : null,
            new SortiesOffre(sorties.Count, dynamiques, Taux(dynamiques, sorties.Count), durables, Taux(durables, sorties.Count), abandons, Taux(abandons, sorties.Count)),
            new DelaiOffre(delai.Effectif, Arrondi(delai.MoyenneJours), Arrondi(delai.MedianeJours)),
            envoyees,
            Suivi(sorties.Select(s => s.Situation3Mois)),
            Suivi(sorties.Select(s => s.Situation6Mois)));
    }

    /// <summary>Days of presence over days of places, on the actions that have funded places in the period only.</summary>
    private OccupationOffre Occupation(IReadOnlyCollection<Participant> participants, IReadOnlyCollection<PlacesAction> places)
    {
        var joursPlaces = places.GroupBy(p => p.ActionId).ToDictionary(g => g.Key, g => g.Sum(p => (long)p.Places * Jours(p.Debut, p.Fin)));
        var financees = joursPlaces.Where(a => a.Value > 0).Select(a => a.Key).ToHashSet();
        var presence = participants.Where(p => financees.Contains(p.ActionId)).Sum(p => (long)Jours(p.Entree, p.Sortie ?? FinComptee));
        var offerts = joursPlaces.Values.Sum();
        return new OccupationOffre(presence, offerts, Taux(presence, offerts));
    }

    /// <summary>The number of days of [debut, fin] within the period counted, both ends included.</summary>
    private int Jours(DateOnly debut, DateOnly fin)
    {
        var (de, a) = (debut > Periode.Du ? debut : Periode.Du, fin < FinComptee ? fin : FinComptee);
        return Math.Max(0, a.DayNumber - de.DayNumber + 1);
    }

    private static SuiviOffre Suivi(IEnumerable<SituationEmploi?> situations)
    {
        var renseignees = situations.OfType<SituationEmploi>().ToList();
        var emploi = renseignees.Count(s => s is SituationEmploi.EmploiDurable or SituationEmploi.EmploiTemporaire);
        return new SuiviOffre(renseignees.Count, emploi, Taux(emploi, renseignees.Count));
    }

    private static double? Taux(long partie, long total) => total == 0 ? null : Math.Round(100.0 * partie / total, 1);

    private static double? Arrondi(double? valeur) => valeur is { } v ? Math.Round(v, 1) : null;
}
