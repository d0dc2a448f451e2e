using System.Globalization;

namespace Passerelle.Web.Platform.Export;

/// <summary>
/// Any dashboard table as CSV or XLSX (<see cref="EcritureTableur"/>): one header row, then one row per table row, figures
/// written in French (« 12,5 »). Flagged « partenaires », the counts and their derived figures go through
/// <see cref="SecretTableau"/> and a hidden one reads <see cref="MarqueSecret"/>.
/// </summary>
public static class ExportTableau
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";
    public const string MarqueSecret = "secret";

    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-FR");

    public static bool EstConnu(string? format) => format is Csv or Xlsx;

    public static string TypeContenu(string format) => format == Xlsx ? EcritureTableur.TypeXlsx : EcritureTableur.TypeCsv;

    public static string NomFichier(string nom, string format, bool partenaires) => $"{nom}{(partenaires ? "-partenaires" : "")}.{format}";

    public static Task EcrireAsync(TableauStatistique tableau, string format, bool partenaires, string feuille, Stream sortie, CancellationToken ct)
    {
        var masquees = partenaires ? SecretTableau.Masquer(tableau) : new HashSet<Cellule>();
        var lignes = tableau.Lignes.Select((l, i) => (Ligne: l, Index: i)).ToList();
        var colonnes = new List<ColonneExport<(LigneStatistique Ligne, int Index)>>();
        for (var i = 0; i < tableau.EntetesLibelles.Count; i++)
        {
            var libelle = i;
            colonnes.Add(new(tableau.EntetesLibelles[i], r => r.Ligne.Libelles[libelle]));
        }
        for (var c = 0; c < tableau.Colonnes.Count; c++)
        {
            var chiffre = c;
            colonnes.Add(new(tableau.Colonnes[c].Entete, r => masquees.Contains(new(r.Index, chiffre)) ? MarqueSecret : Texte(r.Ligne.Chiffres[chiffre])));
        }
        return format == Xlsx
            ? EcritureTableur.XlsxAsync(lignes, colonnes, feuille, sortie, ct)
            : EcritureTableur.CsvAsync(lignes.ToAsyncEnumerable(), colonnes, sortie, ct);
    }

    /// <summary>
    /// A figure in French; a negative one with the minus sign (U+2212), since a leading hyphen would be neutralised as a formula
    /// start (<see cref="CelluleTableur"/>) and every cell is text anyway.
    /// </summary>
    public static string Texte(decimal? valeur) => valeur switch
    {
        null => "",
        < 0 => "\u2212" + (-valeur.Value).ToString("0.#", Francais),
        _ => valeur.Value.ToString("0.#", Francais),
    };
}
