using System.IO.Compression;
using System.Text;

namespace Passerelle.Tests.Features.Documents;

/// <summary>Files built by the tests: a real minimal PDF, a Word document, an executable, an archive that expands far beyond its size.</summary>
internal static class FichiersDeTest
{
    public static byte[] Pdf(string texte = "Attestation") =>
        Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% {texte}\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>The « MZ » header of a Windows executable, with its usual DOS stub text.</summary>
    public static byte[] Executable() => [.. "MZ"u8, .. new byte[58], .. Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.")];

    public static byte[] Docx() => Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types/>")), ("word/document.xml", Encoding.UTF8.GetBytes("<w:document/>")));

    /// <summary>A Word-looking archive whose one entry expands to <paramref name="megaoctets"/> Mo of zeros (about a thousandth of it compressed).</summary>
    public static byte[] BombeZip(int megaoctets)
    {
        using var memoire = new MemoryStream();
        using (var archive = new ZipArchive(memoire, ZipArchiveMode.Create, leaveOpen: true))
        {
            Ajouter(archive, "[Content_Types].xml", Encoding.UTF8.GetBytes("<Types/>"));
            using var flux = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < megaoctets; i++) flux.Write(zeros);
        }
        return memoire.ToArray();
    }

    private static byte[] Zip(params (string Nom, byte[] Contenu)[] entrees)
    {
        using var memoire = new MemoryStream();
        using (var archive = new ZipArchive(memoire, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (nom, contenu) in entrees) Ajouter(archive, nom, contenu);
        return memoire.ToArray();
    }

    private static void Ajouter(ZipArchive archive, string nom, byte[] contenu)
    {
        using var flux = archive.CreateEntry(nom).Open();
        flux.Write(contenu);
    }
}

/// <summary>A request body of any declared length that never holds more than a small buffer: a 200 Mo upload without 200 Mo of memory.</summary>
internal sealed class ContenuVolumineux(long longueur) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
    {
        var tampon = new byte[1 << 16];
        for (long envoye = 0; envoye < longueur; envoye += tampon.Length)
            await stream.WriteAsync(tampon.AsMemory(0, (int)Math.Min(tampon.Length, longueur - envoye)));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = longueur;
        return true;
    }
}
