using System.Globalization;

namespace Passerelle.Web.Features.Pilotage.Drees;

/// <summary>The year of the tables as typed in an address: a number from 2009 (the RSA's first year) to the current year.</summary>
public static class AnneeDrees
{
    public const int Premiere = 2009;

    public static (int? Annee, string? Erreur) Lire(string? texte, DateOnly aujourdhui)
    {
        if (string.IsNullOrWhiteSpace(texte)) return (null, "Indiquez l'année, par exemple " + (aujourdhui.Year - 1) + ".");
        if (!int.TryParse(texte.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var annee) || texte.Trim().Length != 4)
            return (null, "L'année doit s'écrire en quatre chiffres, par exemple " + (aujourdhui.Year - 1) + ".");
        if (annee < Premiere) return (null, $"L'année ne peut précéder {Premiere} : le RSA est entré en vigueur le 1er juin 2009.");
        if (annee > aujourdhui.Year) return (null, $"L'année {annee} n'a pas commencé : choisissez une année de {Premiere} à {aujourdhui.Year}.");
        return (annee, null);
    }
}
