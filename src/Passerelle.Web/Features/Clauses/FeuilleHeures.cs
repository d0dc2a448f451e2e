using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Imports.Tableur;

namespace Passerelle.Web.Features.Clauses;

/// <summary>One line of the hours file: its number in the file and its cells by column.</summary>
public sealed record LigneFeuille(int Numero, IReadOnlyDictionary<ColonneHeures, string> Cellules, string? Erreur);

public enum ColonneHeures { NumeroMarche, Nom, Prenom, DateNaissance, Mois, Heures, SiretEmployeur }

/// <summary>
/// Reads the hours file (CSV or XLSX, first sheet) through the département's spreadsheet sources, finding its columns by
/// their headers in the first line. A small adapter until the generic column-mapped reader of Imports/Tableur is there.
/// </summary>
public static class FeuilleHeures
{
    public static readonly IReadOnlyDictionary<ColonneHeures, string> Libelles = new Dictionary<ColonneHeures, string>
    {
        [ColonneHeures.NumeroMarche] = "numéro de marché",
        [ColonneHeures.Nom] = "nom",
        [ColonneHeures.Prenom] = "prénom",
        [ColonneHeures.DateNaissance] = "date de naissance",
        [ColonneHeures.Mois] = "mois",
        [ColonneHeures.Heures] = "heures",
        [ColonneHeures.SiretEmployeur] = "SIRET de l'employeur",
    };

    private static readonly Dictionary<string, ColonneHeures> Entetes = new(StringComparer.Ordinal)
    {
        ["NUMERO DE MARCHE"] = ColonneHeures.NumeroMarche, ["MARCHE"] = ColonneHeures.NumeroMarche, ["NUMERO MARCHE"] = ColonneHeures.NumeroMarche,
        ["NOM"] = ColonneHeures.Nom, ["PRENOM"] = ColonneHeures.Prenom, ["DATE DE NAISSANCE"] = ColonneHeures.DateNaissance,
        ["MOIS"] = ColonneHeures.Mois, ["HEURES"] = ColonneHeures.Heures, ["SIRET DE L EMPLOYEUR"] = ColonneHeures.SiretEmployeur,
        ["SIRET EMPLOYEUR"] = ColonneHeures.SiretEmployeur, ["SIRET"] = ColonneHeures.SiretEmployeur,
    };

    /// <returns>The lines after the header, or why the file cannot be read.</returns>
    public static (IReadOnlyList<LigneFeuille> Lignes, string? Erreur) Lire(Stream flux, string nomFichier)
    {
        if (nomFichier.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            var (source, erreur) = SourceXlsx.Ouvrir(flux);
            if (source is null) return ([], erreur);
            using (source) return Decouper(source.Lignes());
        }
        var configuration = new ConfigurationTableur { Nom = "Heures de clauses", Separateur = SeparateurTableur.Automatique, Encodage = EncodageTableur.Automatique };
        return Decouper(SourceCsv.Lire(flux, configuration));
    }

    private static (IReadOnlyList<LigneFeuille>, string?) Decouper(IEnumerable<LigneBrute> brutes)
    {
        Dictionary<ColonneHeures, int>? colonnes = null;
        var lignes = new List<LigneFeuille>();
        foreach (var brute in brutes)
        {
            if (brute.EstVide) continue;
            if (colonnes is null)
            {
                colonnes = [];
                for (var i = 0; i < brute.Cellules.Count; i++)
                    if (Entetes.TryGetValue(NormalisationNom.Normaliser(brute.Cellule(i)), out var c)) colonnes.TryAdd(c, i);
                var manquantes = Enum.GetValues<ColonneHeures>().Where(c => c != ColonneHeures.SiretEmployeur && !colonnes.ContainsKey(c)).Select(c => $"« {Libelles[c]} »").ToList();
                if (manquantes.Count > 0)
                    return ([], $"La première ligne doit nommer les colonnes ; il manque : {string.Join(", ", manquantes)}.");
                continue;
            }
            var cellules = colonnes.ToDictionary(c => c.Key, c => brute.Cellule(c.Value));
            lignes.Add(new LigneFeuille(brute.Numero, cellules, brute.Erreur));
            if (brute.Fatale) break;
        }
        return colonnes is null ? ([], "Le fichier est vide.") : (lignes, null);
    }
}
