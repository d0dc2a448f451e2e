using Passerelle.Web.Platform.Securite;
namespace Passerelle.Web.Features.Dossiers;

/// <summary>What is known of a person's rights before a new flux is applied.</summary>
public sealed record SituationDroit(string EtatDroit, bool SoumisDroitsDevoirs, bool DejaEntre, DateOnly? DateSortie);

/// <summary>
/// Turns a change of (etatdosrsa, SDD) into a parcours event (primer §2). Assumptions where the
/// primer is silent, as a careful département would count:
/// <list type="bullet">
/// <item>an entry is a switch to (2 = open and payable, SDD); a return from suspension (3, 4 → 2) is not;</item>
/// <item>a retour is such a switch within <see cref="FenetreRetourMois"/> months after the latest sortie;
/// later than that the person restarts the parcours and counts again as a nouvel entrant;</item>
/// <item>during a stock load (first import of a département) a person's first sight is a
/// "situation initiale", never an entry, since their past is unknown.</item>
/// </list>
/// </summary>
public static class RegleParcoursDroit
{
    public const int FenetreRetourMois = 12;

    /// <returns>The event to record, or null when neither the status nor the SDD flag changed.</returns>
    public static EvenementDroit? Evaluer(SituationDroit? avant, string etat, bool sdd, DateOnly date, bool repriseDeStock)
    {
        var entre = etat == EtatsDroit.OuvertVersable && sdd;
        if (avant is null)
            return entre && !repriseDeStock ? EvenementDroit.NouvelEntrant : EvenementDroit.SituationInitiale;
        if (avant.EtatDroit == etat && avant.SoumisDroitsDevoirs == sdd) return null;
        var etaitEntre = avant.EtatDroit == EtatsDroit.OuvertVersable && avant.SoumisDroitsDevoirs;
        if (entre && !etaitEntre)
        {
            var apresSortie = avant.DateSortie is not null && !EtatsDroit.EstOuvert(avant.EtatDroit);
            if (apresSortie && date <= avant.DateSortie!.Value.AddMonths(FenetreRetourMois)) return EvenementDroit.Retour;
            if (apresSortie || !avant.DejaEntre) return EvenementDroit.NouvelEntrant;
        }
        if (EtatsDroit.EstOuvert(avant.EtatDroit) && EtatsDroit.EstClos(etat)) return EvenementDroit.Sortie;
        return EvenementDroit.Changement;
    }

    /// <summary>The situation after the event, to store on the person.</summary>
    public static SituationDroit Appliquer(SituationDroit? avant, EvenementDroit evenement, string etat, bool sdd, DateOnly date) => new(
        etat, sdd,
        (avant?.DejaEntre ?? false) || etat == EtatsDroit.OuvertVersable && sdd,
        evenement == EvenementDroit.Sortie || avant is null && EtatsDroit.EstClos(etat) ? date : avant?.DateSortie);

    public static string Libelle(EvenementDroit evenement) => evenement switch
    {
        EvenementDroit.SituationInitiale => "Situation initiale",
        EvenementDroit.NouvelEntrant => "Nouvel entrant",
        EvenementDroit.Sortie => "Sortie",
        EvenementDroit.Retour => "Retour",
        _ => "Changement",
    };
}
