using System.Globalization;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports;

/// <summary>The identity key of primer §2 as text: NIR prefix + birth date, else upper-cased names + birth date.</summary>
internal static class CleFichier
{
    public static string De(PersonneCnaf p)
    {
        var date = p.DateNaissance.DayNumber.ToString(CultureInfo.InvariantCulture);
        return Nir.PrefixeRapprochement(p.Nir) is { } prefixe
            ? "N" + prefixe + date
            : "I" + NormalisationNom.CleIdentite(p.Nom, p.Prenom) + "|" + date;
    }
}
