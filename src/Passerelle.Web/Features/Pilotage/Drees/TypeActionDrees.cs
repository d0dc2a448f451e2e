using Passerelle.Web.Features.Diagnostic;

namespace Passerelle.Web.Features.Pilotage.Drees;

/// <summary>The 15 types of action in a CER that table 4 of the DREES OARSA survey counts.</summary>
public enum TypeActionDrees
{
    Competences,
    RechercheEmploi,
    Iae,
    CreationEntreprise,
    EmploiAide,
    EmploiNonAide,
    LienSocial,
    Mobilite,
    Logement,
    Sante,
    AutonomieFinanciere,
    FamilleParentalite,
    SavoirsDeBase,
    AccesDroits,
    Autre,
}

public static class TypesActionDrees
{
    /// <summary>
    /// A CER's objectives are written under a theme, the diagnosis's frein themes by default (Contrats/Editeur): each theme
    /// gives a type, written once here. An objective under any other theme, or a CER with actions but no objective, is « autre ».
    /// Types 3 to 7 (IAE, business creation, jobs, social ties) have no theme yet and stay at 0.
    /// </summary>
    public static TypeActionDrees De(ThemeFrein theme) => theme switch
    {
        ThemeFrein.Formation => TypeActionDrees.Competences,
        ThemeFrein.Emploi => TypeActionDrees.RechercheEmploi,
        ThemeFrein.Mobilite => TypeActionDrees.Mobilite,
        ThemeFrein.Logement => TypeActionDrees.Logement,
        ThemeFrein.Sante => TypeActionDrees.Sante,
        ThemeFrein.DifficultesFinancieres => TypeActionDrees.AutonomieFinanciere,
        ThemeFrein.ContraintesFamiliales => TypeActionDrees.FamilleParentalite,
        ThemeFrein.LangueSavoirsDeBase or ThemeFrein.Numerique => TypeActionDrees.SavoirsDeBase,
        ThemeFrein.DifficultesAdministratives => TypeActionDrees.AccesDroits,
        _ => TypeActionDrees.Autre,
    };

    private static readonly Dictionary<string, TypeActionDrees> ParLibelle =
        Enum.GetValues<ThemeFrein>().ToDictionary(t => t.Libelle(), De, StringComparer.OrdinalIgnoreCase);

    /// <summary>The types of one CER, each at most once.</summary>
    public static IReadOnlySet<TypeActionDrees> DuContrat(IEnumerable<string?> themesObjectifs, bool aDesActions)
    {
        var types = themesObjectifs.Select(t => ParLibelle.TryGetValue((t ?? "").Trim(), out var type) ? type : TypeActionDrees.Autre).ToHashSet();
        if (types.Count == 0 && aDesActions) types.Add(TypeActionDrees.Autre);
        return types;
    }

    public static string Libelle(this TypeActionDrees type) => type switch
    {
        TypeActionDrees.Competences => "Activités, stages ou formations (compétences)",
        TypeActionDrees.RechercheEmploi => "Parcours de recherche d'emploi",
        TypeActionDrees.Iae => "Mesure d'insertion par l'activité économique",
        TypeActionDrees.CreationEntreprise => "Création, reprise ou poursuite d'une activité non salariée",
        TypeActionDrees.EmploiAide => "Emploi aidé",
        TypeActionDrees.EmploiNonAide => "Emploi non aidé",
        TypeActionDrees.LienSocial => "Lien social",
        TypeActionDrees.Mobilite => "Mobilité",
        TypeActionDrees.Logement => "Logement",
        TypeActionDrees.Sante => "Santé",
        TypeActionDrees.AutonomieFinanciere => "Autonomie financière",
        TypeActionDrees.FamilleParentalite => "Famille et parentalité",
        TypeActionDrees.SavoirsDeBase => "Illettrisme, savoirs de base",
        TypeActionDrees.AccesDroits => "Accès aux droits, démarches administratives",
        _ => "Autre",
    };
}
