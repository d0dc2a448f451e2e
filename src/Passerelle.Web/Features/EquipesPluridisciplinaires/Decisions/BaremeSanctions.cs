namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions;

/// <summary>
/// The rules a decision must pass, once the dossier may be decided (primer §3 step 9, [config] <see cref="ReglesEp"/>):
/// <list type="bullet">
/// <item>the type is one the thématique allows; a sanction only for a non-respect of obligations (CASF L262-37);</item>
/// <item>a sanction needs the informing letter and the month for observations run out (CASF R262-68);</item>
/// <item>the sanction ladder: on a first passage (no earlier sanction still standing) a reduction, a grace period or a
/// suspension-remobilisation (the 2025 regime's own first step), not a partial or total suspension — unless the département
/// suspends from the first passage (<see cref="ReglesEp.SuspensionDesLePremierPassage"/>);</item>
/// <item>the bareme: a reduction of 1 € up to <see cref="ReglesEp.MontantReduction"/> (the bareme's amount is a ceiling, a
/// lower amount stays the decider's to motivate), a partial suspension of 1 to 99 %, a suspension-remobilisation from
/// <see cref="ReglesEp.PourcentageMinimalRemobilisation"/> to 100 %, each for 1 month up to the département's longest length;</item>
/// <item>a motivation, always: it is printed in the letter.</item>
/// </list>
/// </summary>
public static class BaremeSanctions
{
    public const int MotivationMax = 4000;

    /// <summary>The first day of the month after the decision: when the CAF can apply it on the next payment.</summary>
    public static DateOnly DateEffetParDefaut(DateOnly decision) => new DateOnly(decision.Year, decision.Month, 1).AddMonths(1);

    public static string? Verifier(ThematiqueEp thematique, SaisieDecision saisie, ReglesEp regles, int rang, DateOnly? dateInformation, DateOnly aujourdhui)
    {
        if (saisie.Type is not { } type) return "Choisissez la décision.";
        if (type.EstSanction() && !thematique.Nature.PeutSanctionner())
            return $"Une sanction ne peut être décidée que pour un non-respect des obligations (CASF L262-37) : ce dossier porte sur « {thematique.Libelle} ».";
        var possibles = thematique.Nature.DecisionsPossibles();
        if (!possibles.Contains(type))
            return $"La décision « {type.Libelle()} » n'est pas possible pour la thématique « {thematique.Libelle} » : choisissez parmi {string.Join(", ", possibles.Select(p => $"« {p.Libelle()} »"))}.";
        if (string.IsNullOrWhiteSpace(saisie.Motivation)) return "Motivez la décision : la motivation figure dans le courrier notifié à la personne.";
        if (saisie.Motivation.Trim().Length > MotivationMax) return $"La motivation ne peut dépasser {MotivationMax} caractères.";
        if (type == TypeDecisionEp.Reorientation && saisie.Orientation is null) return "Indiquez l'orientation décidée.";
        if (!type.EstSanction()) return null;

        if (dateInformation is not { } informee)
            return "La personne n'a pas été informée de la sanction envisagée : aucune sanction ne peut être décidée sans ce courrier, qui ouvre son délai d'un mois pour présenter ses observations (CASF R262-68).";
        var fin = ReglesNationalesEp.FinDelaiObservations(informee);
        if (aujourdhui < fin) return $"Le délai d'observations court jusqu'au {LibellesDecisionEp.Jour(fin)} : la sanction ne peut être décidée avant.";
        if (rang == 0 && type is TypeDecisionEp.SuspensionPartielle or TypeDecisionEp.SuspensionTotale && !regles.SuspensionDesLePremierPassage)
            return "C'est le premier passage de la personne pour une sanction : le barème du département prévoit une réduction ou un sursis ; "
                + "la suspension n'est possible qu'à partir du deuxième passage.";
        if (saisie.DateEffet is { } effet && effet < aujourdhui) return "La date d'effet ne peut précéder le jour de la décision.";
        return type switch
        {
            TypeDecisionEp.Reduction => Montant(saisie.Montant, regles.MontantReduction) ?? Duree(saisie.DureeMois, regles.DureeMaximaleSuspensionMois),
            TypeDecisionEp.SuspensionPartielle => Pourcentage(saisie.Pourcentage, 1, 99) ?? Duree(saisie.DureeMois, regles.DureeMaximaleSuspensionMois),
            TypeDecisionEp.SuspensionTotale => Duree(saisie.DureeMois, regles.DureeMaximaleSuspensionMois),
            _ => Pourcentage(saisie.Pourcentage, regles.PourcentageMinimalRemobilisation, 100) ?? Duree(saisie.DureeMois, regles.DureeMaximaleRemobilisationMois),
        };
    }

    private static string? Montant(decimal? montant, decimal plafond) => montant switch
    {
        null or <= 0 => $"Indiquez le montant mensuel de la réduction (au plus {LibellesDecisionEp.Euros(plafond)} selon le barème du département).",
        var m when m > plafond => $"La réduction ne peut dépasser {LibellesDecisionEp.Euros(plafond)} par mois (barème du département).",
        _ => null,
    };

    private static string? Pourcentage(int? pourcentage, int minimum, int maximum) => pourcentage is int p && p >= minimum && p <= maximum ? null
        : $"Indiquez la part suspendue, de {minimum} à {maximum} % du montant (barème du département).";

    private static string? Duree(int? duree, int maximum) => duree is int d && d >= 1 && d <= maximum ? null
        : $"Indiquez la durée de la sanction, de 1 à {maximum} mois (barème du département).";
}
