using Passerelle.Web.Features.Diagnostic;
using Passerelle.Web.Features.Offre;

namespace Passerelle.Web.Features.Pilotage.Maillage;

/// <summary>
/// Which actions of the offer answer which frein of a diagnosis: each diagnosis theme (<see cref="ThemeFrein"/>) and the
/// data·inclusion categories of thématiques (<see cref="VocabulairesDataInclusion.Freins"/>) that address it. An action
/// addresses a theme when one of its thématiques belongs to one of these categories. Written once here; docs/indicators.md
/// (« Maillage territorial ») repeats the table.
/// </summary>
public static class CorrespondanceThemes
{
    public static readonly IReadOnlyDictionary<ThemeFrein, IReadOnlyList<string>> Categories = new Dictionary<ThemeFrein, IReadOnlyList<string>>
    {
        [ThemeFrein.Logement] = ["logement-hebergement"],
        [ThemeFrein.Emploi] = ["trouver-un-emploi", "preparer-sa-candidature", "choisir-un-metier", "creer-une-entreprise"],
        [ThemeFrein.Formation] = ["se-former"],
        [ThemeFrein.DifficultesAdministratives] = ["difficultes-administratives-ou-juridiques"],
        [ThemeFrein.DifficultesFinancieres] = ["difficultes-financieres"],
        [ThemeFrein.Mobilite] = ["mobilite"],
        [ThemeFrein.Sante] = ["sante"],
        [ThemeFrein.ContraintesFamiliales] = ["famille"],
        [ThemeFrein.LangueSavoirsDeBase] = ["lecture-ecriture-calcul"],
        [ThemeFrein.Numerique] = ["numerique"],
    };

    /// <summary>Whether an action's thématique (« mobilite--preparer-un-permis ») addresses the theme.</summary>
    public static bool Couvre(ThemeFrein theme, string thematique) => Categories[theme].Contains(VocabulairesDataInclusion.Frein(thematique));

    public static bool Couvre(ThemeFrein theme, IEnumerable<string> thematiques) => thematiques.Any(t => Couvre(theme, t));
}
