using System.Globalization;
using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports;

/// <summary>
/// Business checks a foyer must pass before it touches the database, whatever file it came from
/// (the schema and the code lists are checked by the readers).
/// </summary>
public static class ControleFoyer
{
    /// <returns>null when the foyer may be applied, else the reject with its field, value and reason.</returns>
    public static RejetFoyerCnaf? Verifier(FoyerLu lu, DateOnly dateFlux)
    {
        var f = lu.Foyer;
        RejetFoyerCnaf Rejet(string champ, string valeur, string motif) => new(f.NumDemRsa, lu.Ligne, champ, valeur, motif);

        if (f.DateDemande > dateFlux)
            return Rejet("DTDEMRSA", Date(f.DateDemande), $"Date de demande dans le futur : postérieure à la date de référence du fichier ({Date(dateFlux)}).");
        var demandeurs = f.Personnes.Count(p => p.Role == "DEM");
        if (demandeurs != 1)
            return Rejet("ROLEPERS", demandeurs.ToString(CultureInfo.InvariantCulture), $"Le foyer doit compter exactement un demandeur (DEM) ; il en compte {demandeurs}.");
        var vues = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in f.Personnes)
        {
            if (p.DateNaissance > dateFlux)
                return Rejet("DTNAI", Date(p.DateNaissance), $"Date de naissance de {p.Prenom} {p.Nom} dans le futur : postérieure à la date de référence du fichier ({Date(dateFlux)}).");
            if (!vues.Add(CleFichier.De(p)))
                return Rejet("NOM", $"{p.Nom} {p.Prenom}", $"La personne {p.Prenom} {p.Nom} née le {Date(p.DateNaissance)} figure deux fois dans ce foyer.");
        }
        return null;
    }

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}

/// <summary>The identity key of primer §2 as text: NIR prefix + birth date, else upper-cased names + birth date.</summary>
internal static class CleFichier
{
    public static string De(PersonneCnaf p)
    {
        var date = p.DateNaissance.DayNumber.ToString(CultureInfo.InvariantCulture);
        return Dossiers.Nir.PrefixeRapprochement(p.Nir) is { } prefixe
            ? "N" + prefixe + date
            : "I" + Dossiers.NormalisationNom.CleIdentite(p.Nom, p.Prenom) + "|" + date;
    }
}
