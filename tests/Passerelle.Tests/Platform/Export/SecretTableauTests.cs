using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Passerelle.Web.Platform.Export;

namespace Passerelle.Tests.Platform.Export;

/// <summary>
/// Statistical secrecy of partners' exports on hand-built tables with known answers (docs/indicators.md, « Secret statistique
/// des exports partenaires »), and the files written: CSV read back with CsvHelper, XLSX with Open XML.
/// </summary>
public sealed class SecretTableauTests
{
    /// <summary>Rows A, B, total; columns: three counts, their total (a count), places (not persons), a rate of the total.</summary>
    private static TableauStatistique Tableau(decimal[] a, decimal[] b)
    {
        decimal[] Ligne(decimal[] x) => [.. x, x.Sum(), 10m, x.Sum() == 0 ? 0 : 10m * 100 / x.Sum()];
        var total = a.Zip(b, (x, y) => x + y).ToArray();
        List<LigneStatistique> lignes = [new(["A"], [.. Ligne(a).Cast<decimal?>()]), new(["B"], [.. Ligne(b).Cast<decimal?>()]), new(["Total"], [.. Ligne(total).Cast<decimal?>()])];
        var sommes = new List<Somme>();
        for (var l = 0; l < 3; l++) sommes.Add(new(new(l, 3), [new(l, 0), new(l, 1), new(l, 2)]));
        for (var c = 0; c < 4; c++) sommes.Add(new(new(2, c), [new(0, c), new(1, c)]));
        return new("Essai", ["Ligne"],
            [new("X", NatureChiffre.Effectif), new("Y", NatureChiffre.Effectif), new("Z", NatureChiffre.Effectif), new("Total", NatureChiffre.Effectif),
             new("Places", NatureChiffre.Valeur), new("Taux", NatureChiffre.Derivee, [3])],
            lignes, sommes);
    }

    [Fact]
    public void Cellule_de_3_dans_une_ligne_de_grands_nombres_cache_aussi_la_plus_petite_autre()
    {
        // A = 3, 50, 40 (93); B = 30, 60, 45 (135). 3 is hidden, then 40 (smallest other of row A); column X then has one hidden
        // cell (3): 30 of B hides too, and column Z: 45 of B; row B then has 30 and 45 hidden, summing over 5.
        var t = Tableau([3, 50, 40], [30, 60, 45]);
        var m = SecretTableau.Masquer(t);
        Assert.Equal(new HashSet<Cellule> { new(0, 0), new(0, 2), new(1, 0), new(1, 2) }, m.ToHashSet());
        Assert.DoesNotContain(new Cellule(0, 3), m);
        Assert.DoesNotContain(new Cellule(2, 0), m);
        Assert.Equal(93m, t.Valeur(new(0, 3)));
        // What is published cannot give a hidden cell back: every sum with a hidden cell hides at least two, worth 5 or more.
        foreach (var somme in t.Sommes)
        {
            var caches = somme.Parties.Append(somme.Total).Where(m.Contains).ToList();
            Assert.True(caches.Count is 0 or >= 2, $"somme de {somme.Total}");
        }
    }

    [Fact]
    public void Total_sous_le_seuil_se_cache_avec_ses_parties_et_le_taux_derive_avec_lui()
    {
        var t = Tableau([1, 0, 2], [20, 30, 40]);
        var m = SecretTableau.Masquer(t);
        Assert.Contains(new Cellule(0, 3), m);
        Assert.Contains(new Cellule(0, 5), m);
        Assert.DoesNotContain(new Cellule(0, 4), m);
        Assert.All(new[] { 0, 1, 2 }, c => Assert.Contains(new Cellule(0, c), m));
        Assert.DoesNotContain(new Cellule(2, 3), m);
    }

    [Fact]
    public void Tableau_sans_petite_cellule_reste_entier() =>
        Assert.Empty(SecretTableau.Masquer(Tableau([10, 20, 30], [40, 50, 60])));

    [Fact]
    public async Task Export_csv_partenaires_marque_les_cellules_cachees_et_garde_les_vrais_totaux()
    {
        var t = Tableau([3, 50, 40], [30, 60, 45]);
        using var flux = new MemoryStream();
        await ExportTableau.EcrireAsync(t, ExportTableau.Csv, partenaires: true, "Essai", flux, CancellationToken.None);
        var lignes = LireCsv(flux.ToArray());
        Assert.Equal(3, lignes.Count);
        Assert.Equal(["secret", "50", "secret", "93", "10", "10,8"], new[] { "X", "Y", "Z", "Total", "Places", "Taux" }.Select(c => lignes[0][c]));
        Assert.Equal(["secret", "60", "secret", "135"], new[] { "X", "Y", "Z", "Total" }.Select(c => lignes[1][c]));
        Assert.Equal(["33", "110", "85", "228"], new[] { "X", "Y", "Z", "Total" }.Select(c => lignes[2][c]));
    }

    [Fact]
    public async Task Export_xlsx_sans_drapeau_publie_tout_et_ecrit_les_negatifs_avec_le_signe_moins()
    {
        var t = new TableauStatistique("Essai", ["Territoire"], [new("Personnes", NatureChiffre.Effectif), new("Écart", NatureChiffre.Derivee, [0])],
            [new(["Nord"], [3m, -2m])], []);
        using var flux = new MemoryStream();
        await ExportTableau.EcrireAsync(t, ExportTableau.Xlsx, partenaires: false, "Essai", flux, CancellationToken.None);
        var lignes = Lire(flux);
        Assert.Equal(["Territoire", "Personnes", "Écart"], lignes[0]);
        Assert.Equal(["Nord", "3", "\u22122"], lignes[1]);

        using var secret = new MemoryStream();
        await ExportTableau.EcrireAsync(t, ExportTableau.Xlsx, partenaires: true, "Essai", secret, CancellationToken.None);
        Assert.Equal(["Nord", "secret", "secret"], Lire(secret)[1]);
    }

    /// <summary>A CSV export read back with CsvHelper (UTF-8 with BOM, « ; »): one dictionary per row, by header.</summary>
    public static List<Dictionary<string, string>> LireCsv(byte[] octets)
    {
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), octets[..3]);
        using var flux = new MemoryStream(octets[3..]);
        using var lecteur = CsvReader.Create(flux, new CsvReaderOptions { Separator = ';', HasHeader = false, Encoding = new UTF8Encoding(false) });
        var lignes = new List<string[]>();
        while (lecteur.Read()) lignes.Add(lecteur.Current.ToArray());
        return [.. lignes.Skip(1).Select(l => lignes[0].Zip(l).ToDictionary(x => x.First, x => x.Second))];
    }

    /// <summary>The cells of the first sheet as text, row by row.</summary>
    public static List<List<string>> Lire(MemoryStream flux)
    {
        flux.Position = 0;
        using var document = SpreadsheetDocument.Open(flux, false);
        var feuille = document.WorkbookPart!.WorksheetParts.First().Worksheet;
        return [.. feuille.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList())];
    }
}
