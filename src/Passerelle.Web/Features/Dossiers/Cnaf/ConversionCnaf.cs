using System.Globalization;
using Passerelle.Web.Features.Dossiers.Avertissements;

namespace Passerelle.Web.Features.Dossiers.Cnaf;

public static class ConversionCnaf
{
    /// <summary>A date as French users read it, whatever the server's culture.</summary>
    public static string DateFr(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>xsd:date may carry a time zone suffix ("2021-01-01+01:00"); the day is all the flux means.</summary>
    public static DateOnly? Date(string valeur) =>
        valeur.Length >= 10 && DateOnly.TryParseExact(valeur.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>
    /// The date of the field, or null with a warning saying <paramref name="repli"/>. An absent field warns only
    /// when <paramref name="ligneSiAbsente"/> is given (the field is expected).
    /// </summary>
    internal static DateOnly? DateOuAvertissement(Dictionary<string, ValeurLue> champs, string cle, List<AvertissementLu> avertissements, string repli,
        int? personne = null, int? ligneSiAbsente = null, NatureAvertissement? nature = null)
    {
        if (!champs.TryGetValue(cle, out var valeur))
        {
            if (ligneSiAbsente is { } ligne)
                avertissements.Add(new AvertissementLu(nature ?? NatureAvertissement.InformationAbsente, ligne, cle, null, $"Champ {cle} absent : {repli}.", personne));
            return null;
        }
        if (Date(valeur.Valeur) is { } date) return date;
        avertissements.Add(new AvertissementLu(nature ?? NatureAvertissement.ValeurIllisible, valeur.Ligne, cle, valeur.Valeur,
            $"Date « {valeur.Valeur} » illisible dans {cle} : {repli}.", personne));
        return null;
    }
}
