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
        foreach (var (champ, valeur, maximum) in Longueurs(f))
            if (valeur is not null && valeur.Length > maximum)
                return Rejet(champ, valeur, $"Valeur trop longue : {valeur.Length} caractères, {maximum} au plus.");
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

    /// <summary>
    /// The column sizes of the dossier and person tables. The XSD already bounds the CNAF flux;
    /// spreadsheets are free text, and SQLite would store an over-long value that PostgreSQL refuses.
    /// </summary>
    private static IEnumerable<(string Champ, string? Valeur, int Maximum)> Longueurs(FoyerCnaf f)
    {
        yield return ("NUMDEMRSA", f.NumDemRsa, 11);
        yield return ("MATRICULE", f.Organisme.Matricule, 15);
        yield return ("NUMORG", f.Organisme.Numero, 3);
        yield return ("SITFAM", f.SituationFamille, 3);
        yield return ("NUMVOIE", f.Adresse?.NumeroVoie, 6);
        yield return ("LIBTYPEVOIE", f.Adresse?.TypeVoie, 30);
        yield return ("NOMVOIE", f.Adresse?.NomVoie, 60);
        yield return ("NUMCOM", f.Adresse?.CodeInsee, 5);
        yield return ("CODEPOS", f.Adresse?.CodePostal, 5);
        yield return ("NOMCOM", f.Adresse?.Commune, 60);
        yield return ("MOTICLORSA", f.Droit.MotifCloture, 3);
        yield return ("MOTISUSDRORSA", string.Join(' ', f.Droit.MotifsSuspension), 60);
        yield return ("NATPF", string.Join(' ', f.Droit.NaturesPrestation), 40);
        foreach (var p in f.Personnes)
        {
            yield return ("NOM", p.Nom, 32);
            yield return ("NOMNAI", p.NomNaissance, 32);
            yield return ("PRENOM", p.Prenom, 64);
            yield return ("NOMCOMNAI", p.CommuneNaissance, 32);
            yield return ("QUAL", p.Civilite, 3);
            yield return ("NATIONALITE", p.Nationalite, 40);
            yield return ("TELEPHONE", p.Telephone, 20);
            yield return ("EMAIL", p.Email, 254);
        }
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
