using System.Globalization;

namespace Passerelle.Web.Features.Dossiers.Cnaf;

/// <summary>
/// Bounds on what one flux may ask of the server. Without them a probe drove a 200 MB text node to 4.2 GB of
/// memory and a 2.8 MB deeply nested file to 64 s of processor. Real CNAF and MSA files sit far below each
/// value (assumed from the VRSB0801 schema and the public files of carnet-de-bord and WebRSA): a value is a code,
/// a name or an amount of a few dozen characters, elements nest at most 6 levels under the root, and a foyer of a
/// dozen persons holds a few hundred elements.
/// </summary>
public static class LimitesFluxCnaf
{
    /// <summary>
    /// Bytes between two « &lt; »: text cannot hold a literal « &lt; », so this bounds every text node, tag and
    /// attribute before the reader builds it as one string. The longest schema value is under 100 characters.
    /// </summary>
    public const int TexteMaxOctets = 64 * 1024;

    /// <summary>Depth counted from the root (0); the schema nests fewer than 10 levels.</summary>
    public const int ProfondeurMax = 16;

    /// <summary>Elements in one InfosFoyerRSA, all held in memory until the foyer ends; a real foyer has under 1,000.</summary>
    public const int ElementsMaxParFoyer = 10_000;

    internal static LimiteFluxCnafException Profondeur(int ligne) => new(ligne,
        $"Les éléments XML sont imbriqués sur plus de {ProfondeurMax} niveaux à cette ligne, alors qu'un flux CNAF ou MSA en compte moins de 10 : le fichier est abîmé ou forgé, sa lecture s'arrête là.");

    internal static LimiteFluxCnafException Elements(int ligne) => new(ligne,
        $"Ce dossier compte plus de {ElementsMaxParFoyer.ToString("N0", Francais)} éléments XML, alors qu'un vrai dossier en compte quelques centaines : le fichier est abîmé ou forgé, sa lecture s'arrête là.");

    internal static LimiteFluxCnafException Texte(int ligne) => new(ligne,
        $"Une valeur ou une balise commencée à cette ligne dépasse {TexteMaxOctets / 1024} Ko, alors que les valeurs d'un flux CNAF ou MSA font quelques dizaines de caractères : le fichier est abîmé ou forgé, sa lecture s'arrête là.");

    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-FR");
}

/// <summary>A limit of <see cref="LimitesFluxCnaf"/> was crossed: the reader turns it into a file error at <see cref="Ligne"/>.</summary>
public sealed class LimiteFluxCnafException(int ligne, string message) : Exception(message)
{
    public int Ligne { get; } = ligne;
}
