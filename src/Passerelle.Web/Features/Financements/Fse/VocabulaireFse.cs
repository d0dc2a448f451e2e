namespace Passerelle.Web.Features.Financements.Fse;

/// <summary>
/// How each FSE+ value reads on the capture page (label) and in the operation export (code, docs/format-export-fse.md).
/// Codes are part of the export's documented layout: change them only with a new layout version.
/// </summary>
public static class VocabulaireFse
{
    public static string Libelle(this SituationMarcheTravail s) => s switch
    {
        SituationMarcheTravail.ChomeurLongueDuree => "Chômeur de longue durée (plus de 12 mois de recherche d'emploi)",
        SituationMarcheTravail.Chomeur => "Chômeur depuis moins de 12 mois",
        SituationMarcheTravail.Inactif => "Inactif (ni en emploi ni en recherche d'emploi)",
        _ => "En emploi, y compris indépendant",
    };

    public static string Code(this SituationMarcheTravail s) => s switch
    {
        SituationMarcheTravail.ChomeurLongueDuree => "chomeur_longue_duree",
        SituationMarcheTravail.Chomeur => "chomeur",
        SituationMarcheTravail.Inactif => "inactif",
        _ => "en_emploi",
    };

    public static string Libelle(this NiveauCite n) => n switch
    {
        NiveauCite.Cite0a1 => "CITE 0 à 1 : au plus l'école primaire",
        NiveauCite.Cite2 => "CITE 2 : collège (premier cycle du secondaire)",
        NiveauCite.Cite3a4 => "CITE 3 à 4 : lycée, CAP, BEP, baccalauréat, post-bac non supérieur",
        _ => "CITE 5 à 8 : enseignement supérieur",
    };

    public static string Code(this NiveauCite n) => n switch
    {
        NiveauCite.Cite0a1 => "cite_0_1",
        NiveauCite.Cite2 => "cite_2",
        NiveauCite.Cite3a4 => "cite_3_4",
        _ => "cite_5_8",
    };

    public static string Libelle(this TrancheAgeFse t) => t switch
    {
        TrancheAgeFse.MoinsDe30 => "Moins de 30 ans",
        TrancheAgeFse.De30a54 => "30 à 54 ans",
        _ => "55 ans et plus",
    };

    public static string Code(this TrancheAgeFse t) => t switch
    {
        TrancheAgeFse.MoinsDe30 => "moins_30",
        TrancheAgeFse.De30a54 => "30_54",
        _ => "55_plus",
    };

    /// <summary>The band of the age reached on the day of entry, the date FSE+ counts the participant's characteristics at.</summary>
    public static TrancheAgeFse TrancheA(DateOnly naissance, DateOnly entree)
    {
        var age = entree.Year - naissance.Year - (entree < naissance.AddYears(entree.Year - naissance.Year) ? 1 : 0);
        return age < 30 ? TrancheAgeFse.MoinsDe30 : age < 55 ? TrancheAgeFse.De30a54 : TrancheAgeFse.DePlusDe55;
    }

    /// <summary>The person file's sex code (1 man, 2 woman, as in the NIR); anything else is left unknown.</summary>
    public static SexeFse? SexeDe(string? code) => code switch { "1" => SexeFse.Homme, "2" => SexeFse.Femme, _ => null };

    public static string Code(this SexeFse s) => s == SexeFse.Femme ? "femme" : "homme";

    public static string Libelle(this SituationSortieFse s) => s switch
    {
        SituationSortieFse.RechercheEmploi => "En recherche d'emploi",
        SituationSortieFse.EtudesFormation => "En études ou en formation",
        SituationSortieFse.QualificationObtenue => "A obtenu une qualification",
        SituationSortieFse.Emploi => "En emploi, y compris indépendant",
        _ => "Autre situation",
    };

    public static string Code(this SituationSortieFse s) => s switch
    {
        SituationSortieFse.RechercheEmploi => "recherche_emploi",
        SituationSortieFse.EtudesFormation => "etudes_formation",
        SituationSortieFse.QualificationObtenue => "qualification_obtenue",
        SituationSortieFse.Emploi => "emploi",
        _ => "autre",
    };
}
