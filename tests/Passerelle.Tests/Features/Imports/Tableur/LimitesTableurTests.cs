using System.IO.Compression;
using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Features.Imports.Tableur;
using static Passerelle.Tests.Features.Imports.Tableur.TableurDeTest;

namespace Passerelle.Tests.Features.Imports.Tableur;

public sealed class LimitesTableurTests
{
    [Fact]
    public void Lecture_csv_a_trop_de_colonnes_refuse_le_fichier_avant_tout_dossier()
    {
        var entetes = Entetes.Concat(Enumerable.Range(0, LimitesTableur.ColonnesMax).Select(i => $"Vide {i}")).ToArray();

        var erreur = Assert.IsType<ErreurFichierCnaf>(Assert.Single(LireCsv(Csv(LignesValides(), entetes: entetes))));

        Assert.Equal(1, erreur.Ligne);
        Assert.False(erreur.Interruption);
        Assert.Contains("plus de 1\u202F000 colonnes", erreur.Motif, StringComparison.Ordinal);
    }

    [Fact]
    public void Lecture_csv_a_cellule_trop_longue_garde_les_dossiers_precedents_et_interrompt_a_sa_ligne()
    {
        var lignes = LignesValides();
        lignes[3] = Modifier(lignes[3], "Nom", new string('D', LimitesTableur.CelluleMaxCaracteres + 1));

        var elements = LireCsv(Csv(lignes));

        Assert.Equal(2, elements.Count);
        Assert.Equal("00000000001", Assert.IsType<FoyerLu>(elements[0]).Foyer.NumDemRsa);
        var erreur = Assert.IsType<ErreurFichierCnaf>(elements[1]);
        Assert.Equal((5, true), (erreur.Ligne, erreur.Interruption));
        Assert.Contains("colonne 9 compte 32\u202F768 caractères, au-delà de la limite de 32\u202F767", erreur.Motif, StringComparison.Ordinal);
    }

    [Fact]
    public void Lecture_xlsx_a_trop_de_colonnes_refuse_le_fichier_avant_tout_dossier()
    {
        var entetes = Entetes.Concat(Enumerable.Range(0, LimitesTableur.ColonnesMax).Select(i => $"Vide {i}")).ToArray();

        var erreur = Assert.IsType<ErreurFichierCnaf>(Assert.Single(Lire(Xlsx(LignesValides(), entetes), "extraction.xlsx")));

        Assert.Contains("plus de 1\u202F000 colonnes", erreur.Motif, StringComparison.Ordinal);
    }

    [Fact]
    public void Lecture_xlsx_bombe_zip_est_refusee_sans_decompresser_la_feuille()
    {
        using var xlsx = Xlsx(LignesValides());
        const long Taille = 64L * 1024 * 1024;
        using (var zip = new ZipArchive(xlsx, ZipArchiveMode.Update, leaveOpen: true))
        {
            var feuille = zip.Entries.First(e => e.FullName.Contains("worksheets/", StringComparison.Ordinal));
            var nom = feuille.FullName;
            feuille.Delete();
            using var ecriture = zip.CreateEntry(nom, CompressionLevel.Optimal).Open();
            var bloc = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<row/>", 1024 * 1024 / 6)).PadRight(1024 * 1024));
            for (var i = 0; i < Taille / bloc.Length; i++) ecriture.Write(bloc);
        }
        Assert.InRange(xlsx.Length, 0, Taille / LimitesTableur.TauxCompressionMax);
        xlsx.Position = 0;

        var avant = GC.GetAllocatedBytesForCurrentThread();
        var elements = Lire(xlsx, "extraction.xlsx");
        var alloues = GC.GetAllocatedBytesForCurrentThread() - avant;

        var erreur = Assert.IsType<ErreurFichierCnaf>(Assert.Single(elements));
        Assert.False(erreur.Interruption);
        Assert.Contains("worksheets/", erreur.Motif, StringComparison.Ordinal);
        Assert.Contains("« bombe zip »", erreur.Motif, StringComparison.Ordinal);
        Assert.InRange(alloues, 0, Taille / 8);
    }

    [Fact]
    public void Lecture_xlsx_a_reference_de_cellule_forgee_interrompt_sans_remplir_la_ligne()
    {
        using var xlsx = Xlsx(LignesValides());
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(xlsx, true))
        {
            var feuille = document.WorkbookPart!.WorksheetParts.First().Worksheet;
            var ligne = feuille.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Last();
            ligne.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Cell { CellReference = $"ZZZZZZZ{ligne.RowIndex!.Value}", CellValue = new("1") });
            feuille.Save();
        }
        xlsx.Position = 0;

        var elements = Lire(xlsx, "extraction.xlsx");

        var erreur = Assert.IsType<ErreurFichierCnaf>(elements[^1]);
        Assert.True(erreur.Interruption);
        Assert.Contains("plus de 1\u202F000 colonnes", erreur.Motif, StringComparison.Ordinal);
        Assert.IsType<FoyerLu>(elements[^2]);
    }
}
