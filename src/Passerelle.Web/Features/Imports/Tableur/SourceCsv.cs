using System.Globalization;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Imports.Tableur;

/// <summary>
/// Streams the records of a CSV (or tab-separated .txt) file. Encoding and separator are the ones asked
/// (a configuration's, usually), or guessed from the first 64 KB when it says « automatique ».
/// </summary>
internal static class SourceCsv
{
    private const int TailleEchantillon = 64 * 1024;

    /// <summary>An unclosed quote would otherwise swallow the rest of the file into one record held in memory.</summary>
    private const int TailleMaxEnregistrement = 1024 * 1024;

    public static IEnumerable<LigneBrute> Lire(Stream flux, SeparateurTableur separateur, EncodageTableur encodageDemande, int ligneEntete)
    {
        var tampon = FluxAvecDebut.Lire(flux, TailleEchantillon);
        var encodage = Encodage(tampon.Debut.Span, tampon.Complet, encodageDemande);
        CsvMalformedRecord? malforme = null;
        var options = new CsvReaderOptions
        {
            Separator = Separateur(separateur, ligneEntete, encodage.GetString(tampon.Debut.Span)),
            HasHeader = false,
            Encoding = encodage,
            TrackLineNumbers = true,
            MaxRecordSize = TailleMaxEnregistrement,
            OnMalformedRecord = m => malforme = m,
        };
        using var lecteur = CsvReader.Create(tampon, options, leaveOpen: true);
        while (true)
        {
            LigneBrute? ligne;
            try
            {
                malforme = null;
                ligne = lecteur.Read() ? new LigneBrute((int)lecteur.LineNumber, lecteur.Current.ToArray(), Motif(malforme)) : null;
            }
            catch (CsvFormatException e)
            {
                ligne = new LigneBrute((int)Math.Max(1, e.LineNumber), [], MotifFatal, Fatale: true);
            }
            if (ligne is null) yield break;
            yield return ligne;
            if (ligne.Fatale) yield break;
        }
    }

    private static string? Motif(CsvMalformedRecord? malforme) => malforme?.Reason switch
    {
        null => null,
        CsvMalformedReason.StrayQuote or CsvMalformedReason.TextAfterClosingQuote =>
            "Guillemet mal placé dans la ligne : une cellule qui contient des guillemets doit être entièrement entre guillemets, les siens doublés.",
        CsvMalformedReason.UnterminatedQuote => "Un guillemet ouvert dans cette ligne n'est jamais refermé : la fin du fichier a été lue comme une seule cellule.",
        _ => null,
    };

    private const string MotifFatal =
        "Le fichier CSV est illisible à partir de cette ligne (le plus souvent un guillemet jamais refermé, qui fait d'une cellule plus de 1 Mo) ; la lecture s'arrête là.";

    /// <summary>A BOM decides; otherwise bytes that are valid UTF-8 are UTF-8, and anything else is the CAF's usual windows-1252.</summary>
    private static Encoding Encodage(ReadOnlySpan<byte> debut, bool complet, EncodageTableur demande)
    {
        if (debut.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new UTF8Encoding(false);
        return demande switch
        {
            EncodageTableur.Utf8 => new UTF8Encoding(false),
            EncodageTableur.Windows1252 => LecteurFluxCnaf.Windows1252,
            _ => EstUtf8(debut, complet) ? new UTF8Encoding(false) : LecteurFluxCnaf.Windows1252,
        };
    }

    private static bool EstUtf8(ReadOnlySpan<byte> debut, bool complet)
    {
        var sortie = new char[debut.Length];
        var etat = Utf8.ToUtf16(debut, sortie, out _, out _, replaceInvalidSequences: false, isFinalBlock: complet);
        return etat is System.Buffers.OperationStatus.Done or System.Buffers.OperationStatus.NeedMoreData;
    }

    /// <summary>The automatic separator is the one of ; , or tab that occurs most often (outside quotes) in the header line.</summary>
    private static char Separateur(SeparateurTableur separateur, int ligneEntete, string debut) => separateur switch
    {
        SeparateurTableur.PointVirgule => ';',
        SeparateurTableur.Virgule => ',',
        SeparateurTableur.Tabulation => '\t',
        _ => Deviner(debut.TrimStart('\uFEFF').Split('\n').Skip(Math.Max(0, ligneEntete - 1)).FirstOrDefault(l => l.Trim().Length > 0) ?? ""),
    };

    private static char Deviner(string entete)
    {
        int pointVirgules = 0, virgules = 0, tabulations = 0;
        var entreGuillemets = false;
        foreach (var c in entete)
        {
            if (c == '"') entreGuillemets = !entreGuillemets;
            else if (!entreGuillemets && c == ';') pointVirgules++;
            else if (!entreGuillemets && c == ',') virgules++;
            else if (!entreGuillemets && c == '\t') tabulations++;
        }
        if (tabulations > pointVirgules && tabulations > virgules) return '\t';
        return virgules > pointVirgules ? ',' : ';';
    }
}
