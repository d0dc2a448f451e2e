using System.Globalization;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <summary>What a pilot enters for a manual indicator: the period (its kind, year and number, or its dates), the value as typed, a comment.</summary>
public sealed record SaisieValeur(TypePeriode? Periode, int? Annee, int? Numero, DateOnly? Du, DateOnly? Au, string? Valeur, string? Commentaire);

/// <summary>The checks of a manual entry, each refusal in French on its field.</summary>
public static class ReglesSaisieIndicateur
{
    public const int AnneesMax = 10;

    public static (DateOnly Du, DateOnly Au)? Periode(SaisieValeur s, Dictionary<string, string> erreurs)
    {
        if (s.Periode is not { } type) return Erreur(erreurs, "Periode", "Choisissez la période : année, trimestre, mois ou dates.");
        if (type != TypePeriode.Libre && s.Annee is not (>= 1990 and <= 2100)) return Erreur(erreurs, "Annee", "Indiquez l'année (de 1990 à 2100).");
        switch (type)
        {
            case TypePeriode.Annee: return (new DateOnly(s.Annee!.Value, 1, 1), new DateOnly(s.Annee.Value, 12, 31));
            case TypePeriode.Trimestre when s.Numero is >= 1 and <= 4:
                var debut = new DateOnly(s.Annee!.Value, 3 * s.Numero.Value - 2, 1);
                return (debut, debut.AddMonths(3).AddDays(-1));
            case TypePeriode.Trimestre: return Erreur(erreurs, "Numero", "Indiquez le trimestre (1 à 4).");
            case TypePeriode.Mois when s.Numero is >= 1 and <= 12:
                var mois = new DateOnly(s.Annee!.Value, s.Numero.Value, 1);
                return (mois, mois.AddMonths(1).AddDays(-1));
            case TypePeriode.Mois: return Erreur(erreurs, "Numero", "Indiquez le mois (1 à 12).");
        }
        if (s.Du is not { } du || !DatesPlausibles.Accepte(du)) return Erreur(erreurs, "Du", "Indiquez le début de la période (une date entre 1900 et 2999).");
        if (s.Au is not { } au || !DatesPlausibles.Accepte(au)) return Erreur(erreurs, "Au", "Indiquez la fin de la période (une date entre 1900 et 2999).");
        if (au < du) return Erreur(erreurs, "Au", "La fin de la période précède son début : inversez les deux dates.");
        if (au >= du.AddYears(AnneesMax)) return Erreur(erreurs, "Au", $"La période couvre plus de {AnneesMax} ans : raccourcissez-la.");
        return (du, au);
    }

    /// <returns>The number, or the text of a qualitative indicator; refusals in <paramref name="erreurs"/>.</returns>
    public static (decimal? Nombre, string? Texte) Valeur(UniteIndicateur unite, string? valeur, Dictionary<string, string> erreurs)
    {
        var texte = valeur?.Trim();
        if (string.IsNullOrEmpty(texte)) { erreurs["Valeur"] = "Indiquez la valeur."; return (null, null); }
        if (unite == UniteIndicateur.Texte) return texte.Length > 4000 ? Refus(erreurs, "La valeur dépasse 4 000 caractères.") : (null, texte);
        var normalise = texte.Replace(" ", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace(',', '.');
        if (!decimal.TryParse(normalise, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var nombre))
            return Refus(erreurs, $"Cet indicateur se mesure en {unite.Libelle()} : saisissez un nombre (par exemple 12 ou 12,5), pas un texte.");
        if (nombre < 0) return Refus(erreurs, "La valeur ne peut pas être négative.");
        if (unite == UniteIndicateur.Pourcentage && nombre > 100) return Refus(erreurs, "Un taux ne dépasse pas 100 %.");
        if (nombre >= 10_000_000_000_000_000m) return Refus(erreurs, "La valeur est trop grande.");
        return (nombre, null);
    }

    private static (decimal?, string?) Refus(Dictionary<string, string> erreurs, string message)
    {
        erreurs["Valeur"] = message;
        return (null, null);
    }

    private static (DateOnly, DateOnly)? Erreur(Dictionary<string, string> erreurs, string champ, string message)
    {
        erreurs[champ] = message;
        return null;
    }
}
