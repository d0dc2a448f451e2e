using Passerelle.Web.Platform.Securite;
namespace Passerelle.Web.Features.Diagnostic;

/// <summary>The themes of obstacles a diagnosis reviews (primer §3.3), in the order the form shows them.</summary>
public enum ThemeFrein
{
    Logement,
    Emploi,
    Formation,
    DifficultesAdministratives,
    DifficultesFinancieres,
    Mobilite,
    Sante,
    ContraintesFamiliales,
    LangueSavoirsDeBase,
    Numerique,
}

public enum NiveauFrein
{
    Aucun,
    Leger,
    Important,
}

/// <summary>
/// One theme's obstacle. The santé theme carries no free comment: what is said about health goes to
/// the restricted <see cref="Diagnostic.DetailSante"/>, so only the existence of the frein is shared.
/// </summary>
public sealed record Frein(ThemeFrein Theme, NiveauFrein Niveau, string? Commentaire);

public static class FreinsLibelles
{
    public static string Libelle(this ThemeFrein theme) => theme switch
    {
        ThemeFrein.Logement => "Logement",
        ThemeFrein.Emploi => "Emploi",
        ThemeFrein.Formation => "Formation",
        ThemeFrein.DifficultesAdministratives => "Difficultés administratives",
        ThemeFrein.DifficultesFinancieres => "Difficultés financières",
        ThemeFrein.Mobilite => "Mobilité",
        ThemeFrein.Sante => "Santé",
        ThemeFrein.ContraintesFamiliales => "Contraintes familiales (garde d'enfants)",
        ThemeFrein.LangueSavoirsDeBase => "Maîtrise de la langue, savoirs de base (lecture, écriture, calcul)",
        _ => "Numérique",
    };

    public static string Libelle(this NiveauFrein niveau) => niveau switch
    {
        NiveauFrein.Aucun => "Aucun frein",
        NiveauFrein.Leger => "Frein léger",
        _ => "Frein important",
    };
}
