using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Features.Imports.Tableur;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Imports.Tableur;

/// <summary>A département extract as agents get it: French headers, one person per row.</summary>
internal static class TableurDeTest
{
    public static readonly DateOnly Reference = new(2026, 3, 31);

    public static readonly string NirDemandeur = Nir.AvecCle("1850549007123");
    public static readonly string NirConjointe = Nir.AvecCle("2870749007456");

    public static readonly string[] Entetes =
    [
        "N° demande", "Date demande", "Organisme", "Matricule", "Code INSEE", "Code postal", "Ville", "Rôle", "Nom", "Prénom",
        "Né(e) le", "NIR", "Sexe", "SDD", "État", "Natures", "Montant",
    ];

    public static ConfigurationTableur Configuration(string nom = "Extraction mensuelle") => new()
    {
        Nom = nom,
        Colonnes = new()
        {
            [ChampTableur.NumDemRsa] = "N° demande",
            [ChampTableur.DateDemande] = "Date demande",
            [ChampTableur.Organisme] = "Organisme",
            [ChampTableur.Matricule] = "Matricule",
            [ChampTableur.CodeInsee] = "Code INSEE",
            [ChampTableur.CodePostal] = "Code postal",
            [ChampTableur.Commune] = "Ville",
            [ChampTableur.Role] = "Rôle",
            [ChampTableur.Nom] = "Nom",
            [ChampTableur.Prenom] = "Prénom",
            [ChampTableur.DateNaissance] = "Né(e) le",
            [ChampTableur.Nir] = "NIR",
            [ChampTableur.Sexe] = "Sexe",
            [ChampTableur.SoumisDroitsDevoirs] = "SDD",
            [ChampTableur.EtatDossier] = "État",
            [ChampTableur.NaturesPrestation] = "Natures",
            [ChampTableur.Montant] = "Montant",
        },
    };

    /// <summary>Two foyers: a couple (3 rows) and a lone person.</summary>
    public static List<string[]> LignesValides() =>
    [
        ["00000000001", "15/01/2025", "CAF", "123456789012345", "49007", "49000", "Angers", "DEM", "Martin", "Paul", "12/05/1985", NirDemandeur, "1", "Oui", "2", "RSD", "607,75"],
        ["00000000001", "15/01/2025", "CAF", "123456789012345", "49007", "49000", "Angers", "CJT", "Martin", "Léa", "03/07/1987", NirConjointe, "2", "1", "2", "RSD", "607,75"],
        ["00000000001", "15/01/2025", "CAF", "123456789012345", "49007", "49000", "Angers", "ENF", "Martin", "Zoé", "2015-09-01", "", "2", "Non", "2", "RSD", "607,75"],
        ["00000000002", "2024-11-30", "MSA", "000000000000042", "49328", "49400", "Saumur", "DEM", "Durand", "Éloïse", "30/11/1990", "", "2", "true", "3", "RSD RCD", "120.5"],
    ];

    public static string Csv(IEnumerable<string[]> lignes, char separateur = ';', string[]? entetes = null) =>
        string.Join("\r\n", new[] { entetes ?? Entetes }.Concat(lignes).Select(l => string.Join(separateur, l.Select(c => Echapper(c, separateur))))) + "\r\n";

    private static string Echapper(string cellule, char separateur) =>
        cellule.Contains(separateur, StringComparison.Ordinal) || cellule.Contains('"', StringComparison.Ordinal) || cellule.Contains('\n', StringComparison.Ordinal)
            ? $"\"{cellule.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : cellule;

    public static MemoryStream Flux(string texte, Encoding encodage, bool bom) =>
        new([.. (bom ? encodage.GetPreamble() : []), .. encodage.GetBytes(texte)]);

    public static List<ElementFluxCnaf> Lire(Stream flux, string nom = "extraction.csv", ConfigurationTableur? configuration = null) =>
        LecteurTableur.Lire(flux, nom, configuration ?? Configuration(), Reference).ToList();

    public static List<ElementFluxCnaf> LireCsv(string texte, ConfigurationTableur? configuration = null) =>
        Lire(Flux(texte, new UTF8Encoding(false), bom: true), configuration: configuration);

    /// <summary>An XLSX written with the Open XML SDK, with text in shared strings and an empty row in the middle.</summary>
    public static MemoryStream Xlsx(IEnumerable<string[]> lignes, string[]? entetes = null)
    {
        var flux = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(flux, SpreadsheetDocumentType.Workbook))
        {
            var classeur = document.AddWorkbookPart();
            classeur.Workbook = new Workbook();
            var partages = classeur.AddNewPart<SharedStringTablePart>();
            partages.SharedStringTable = new SharedStringTable();
            var feuille = classeur.AddNewPart<WorksheetPart>();
            var donnees = new SheetData();
            uint numero = 1;
            foreach (var ligne in new[] { entetes ?? Entetes }.Concat(lignes))
            {
                var row = new Row { RowIndex = numero };
                for (var i = 0; i < ligne.Length; i++)
                {
                    if (ligne[i].Length == 0) continue;
                    partages.SharedStringTable.AppendChild(new SharedStringItem(new Text(ligne[i])));
                    row.AppendChild(new Cell
                    {
                        CellReference = $"{(char)('A' + i)}{numero}",
                        DataType = CellValues.SharedString,
                        CellValue = new CellValue(partages.SharedStringTable.Count() - 1),
                    });
                }
                donnees.AppendChild(row);
                numero += numero == 2 ? 2u : 1u;
            }
            feuille.Worksheet = new Worksheet(donnees);
            classeur.Workbook.AppendChild(new Sheets(new Sheet { Id = classeur.GetIdOfPart(feuille), SheetId = 1, Name = "Extraction" }));
        }
        flux.Position = 0;
        return flux;
    }

    public static string[] Modifier(string[] ligne, string entete, string valeur)
    {
        var copie = (string[])ligne.Clone();
        copie[Array.IndexOf(Entetes, entete)] = valeur;
        return copie;
    }
}
