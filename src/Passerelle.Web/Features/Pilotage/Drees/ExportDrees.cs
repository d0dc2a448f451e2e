using System.Globalization;
using Passerelle.Web.Platform.Export;
using Passerelle.Web.Platform.Pdf;

namespace Passerelle.Web.Features.Pilotage.Drees;

/// <summary>
/// The tables as a workbook (one sheet, each table under its title, its column headers, then each block's rows and total) or
/// an A4 PDF (columns numbered under a legend). Figures only: no person is named. A secret cell is written « s ».
/// </summary>
public static class ExportDrees
{
    public const string TypePdf = "application/pdf";
    public const string Secret = "s";

    public static async Task<byte[]> XlsxAsync(string titre, IReadOnlyList<TableauDrees> tableaux, CancellationToken ct)
    {
        var largeur = 2 + tableaux.Max(t => t.Colonnes.Count);
        var lignes = new List<string?[]>();
        foreach (var t in tableaux)
        {
            lignes.Add(Ligne(largeur, $"Tableau {t.Numero} : {t.Titre}"));
            lignes.Add(Ligne(largeur, $"Population : {t.Population}"));
            lignes.Add(Ligne(largeur, ["Ventilation", "Ligne", .. t.Colonnes.Select(c => c.Libelle)]));
            foreach (var b in t.Blocs)
                foreach (var l in b.Lignes) lignes.Add(Ligne(largeur, [b.Titre, l.Libelle, .. l.Valeurs.Select(Texte)]));
            lignes.Add(Ligne(largeur));
        }
        var colonnes = Enumerable.Range(0, largeur).Select(i => new ColonneExport<string?[]>(i == 0 ? titre : "", l => l[i])).ToList();
        using var flux = new MemoryStream();
        await EcritureTableur.XlsxAsync(lignes, colonnes, "Tableaux", flux, ct);
        return flux.ToArray();
    }

    public static byte[] Pdf(string titre, IReadOnlyList<TableauDrees> tableaux)
    {
        var document = MiseEnPageA4.Document(titre);
        var page = new MiseEnPageA4(document);
        page.NouvellePage();
        page.Paragraphe(titre, MiseEnPageA4.Titre);
        foreach (var t in tableaux)
        {
            page.Espace(8);
            page.Paragraphe($"Tableau {t.Numero} : {t.Titre}", MiseEnPageA4.SousTitre);
            page.Paragraphe($"Population : {t.Population}", MiseEnPageA4.Texte);
            page.Paragraphe(string.Join(" ; ", t.Colonnes.Select((c, i) => $"({i + 1}) {c.Libelle}")), MiseEnPageA4.Petit);
            var pas = Math.Min(60, (595 - 2 * MiseEnPageA4.Marge - 120) / t.Colonnes.Count);
            double X(int i) => MiseEnPageA4.Marge + 120 + i * pas;
            foreach (var b in t.Blocs)
            {
                page.Cellules([(b.Titre, MiseEnPageA4.Marge), .. t.Colonnes.Select((_, i) => ($"({i + 1})", X(i)))], MiseEnPageA4.Petit);
                foreach (var l in b.Lignes)
                    page.Cellules([(l.Libelle, MiseEnPageA4.Marge + 6), .. l.Valeurs.Select((v, i) => (Texte(v), X(i)))], MiseEnPageA4.Petit);
            }
        }
        page.Terminer();
        return MiseEnPageA4.Octets(document);
    }

    /// <summary>The stratégie pauvreté figures as a one-column table, for the same exports.</summary>
    public static TableauDrees Tableau(ResultatStrategie r) => new(r.Fiche, $"Stratégie pauvreté, année {r.Annee}", "Personnes suivies au cours de l'année",
        [new("Valeur")], [new BlocDrees("Indicateurs", [.. r.Indicateurs.Select(i => new LigneDrees(i.Libelle, [i.Valeur]))])]);

    private static string Texte(long? valeur) => valeur?.ToString(CultureInfo.InvariantCulture) ?? Secret;

    private static string?[] Ligne(int largeur, params string?[] valeurs) => [.. valeurs, .. new string?[largeur - valeurs.Length]];
}
