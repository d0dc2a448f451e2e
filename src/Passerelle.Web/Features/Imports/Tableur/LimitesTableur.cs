using System.Globalization;
using System.IO.Compression;

namespace Passerelle.Web.Features.Imports.Tableur;

/// <summary>
/// Bounds on what one spreadsheet may ask of the server, each far above a real département extract (one row
/// per person, a few dozen columns, short values): a line beyond them ends the reading with its reason
/// (« échoué » before the first dossier, « interrompu » after), as a malformed CSV does.
/// </summary>
internal static class LimitesTableur
{
    /// <summary>The reader keeps every NUMDEMRSA seen; the largest département counts about 250,000 persons in the RSA.</summary>
    public const int LignesMax = 1_000_000;

    /// <summary>Real extracts have 15 to 60 columns; an XLSX row is loaded whole before its cells are read.</summary>
    public const int ColonnesMax = 1_000;

    /// <summary>Excel's own limit for one cell: a longer value cannot come from a spreadsheet program.</summary>
    public const int CelluleMaxCaracteres = 32_767;

    /// <summary>
    /// XLSX: total of the parts once decompressed. A 250,000-row extract is a few hundred MB of sheet XML; the
    /// shared strings are held in memory whole.
    /// </summary>
    public const long DecompresseMaxOctets = 1L << 30;

    /// <summary>
    /// XLSX: decompressed size over compressed size of one part. Sheet XML compresses 10 to 30 times, a
    /// zip bomb thousands of times; parts under 1 MB decompressed are not checked (tiny parts have odd ratios).
    /// </summary>
    public const int TauxCompressionMax = 200;

    private const long SeuilTaux = 1024 * 1024;

    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The lines as read, until one crosses a limit: it is replaced by a fatal line saying which.</summary>
    public static IEnumerable<LigneBrute> Bornees(IEnumerable<LigneBrute> lignes)
    {
        var nombre = 0;
        foreach (var ligne in lignes)
        {
            if (Depassement(ligne, ++nombre) is { } motif)
            {
                yield return new LigneBrute(ligne.Numero, [], motif, Fatale: true);
                yield break;
            }
            yield return ligne;
        }
    }

    private static string? Depassement(LigneBrute ligne, int nombre)
    {
        if (nombre > LignesMax)
            return $"Le fichier dépasse {LignesMax.ToString("N0", Francais)} lignes, la limite d'un import : découpez-le ; la lecture s'arrête là.";
        if (ligne.Cellules.Count > ColonnesMax)
            return $"Cette ligne compte plus de {ColonnesMax.ToString("N0", Francais)} colonnes, la limite d'un import (une extraction en compte quelques dizaines) : le fichier est abîmé ou forgé, la lecture s'arrête là.";
        for (var i = 0; i < ligne.Cellules.Count; i++)
            if (ligne.Cellules[i].Length > CelluleMaxCaracteres)
                return $"La cellule de la colonne {i + 1} compte {ligne.Cellules[i].Length.ToString("N0", Francais)} caractères, au-delà de la limite de {CelluleMaxCaracteres.ToString("N0", Francais)} (celle d'Excel) : le fichier est abîmé ou forgé, la lecture s'arrête là.";
        return null;
    }

    /// <summary>
    /// Reads the ZIP directory only (sizes as declared; the reader stops an entry at its declared size), so that
    /// a « bombe zip » is refused before anything is decompressed. The stream is put back where it was.
    /// </summary>
    public static string? RefusZip(Stream flux)
    {
        var debut = flux.Position;
        try
        {
            using var zip = new ZipArchive(flux, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var partie in zip.Entries)
            {
                if (partie.Length > SeuilTaux && partie.Length > partie.CompressedLength * TauxCompressionMax)
                    return $"Le classeur XLSX contient une partie (« {partie.FullName} ») qui se décompresse {partie.Length / Math.Max(1, partie.CompressedLength)} fois, au-delà de la limite de {TauxCompressionMax} fois d'un vrai classeur (« bombe zip ») : fichier refusé sans être lu.";
                total += partie.Length;
                if (total > DecompresseMaxOctets)
                    return $"Le classeur XLSX se décompresse en plus de {DecompresseMaxOctets >> 30} Go, la limite d'un import : découpez-le ou enregistrez-le en CSV ; fichier refusé sans être lu.";
            }
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            flux.Position = debut;
        }
    }
}
