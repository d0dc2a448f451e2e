using System.Text;
using Passerelle.Web.Features.Demo;
using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Tests.Features.Dossiers.Cnaf;

/// <summary>Generated flux files in memory, shared by the reader tests (the commune referential loads once).</summary>
internal static class FluxCnafDeTest
{
    public static readonly DateOnly Reference = new(2026, 3, 31);
    private static readonly Lazy<Web.Features.Communes.Communes> Communes = new(Web.Features.Communes.Communes.Charger);

    public static GenerateurFluxCnaf Generateur(string departement = "49", int graine = 7, string organisme = "CAF", int premierNumero = 0) =>
        new(Communes.Value, departement, graine, organisme, premierNumero);

    public static byte[] Fichier(int nombre, Encoding? encodage = null, GenerateurFluxCnaf? generateur = null)
    {
        using var flux = new MemoryStream();
        (generateur ?? Generateur()).Ecrire(flux, nombre, Reference, encodage);
        return flux.ToArray();
    }

    public static byte[] Casse(VarianteFluxCnaf variante, int nombre, int rang)
    {
        using var flux = new MemoryStream();
        Generateur().EcrireCasse(flux, variante, nombre, rang, Reference);
        return flux.ToArray();
    }

    public static List<ElementFluxCnaf> Lire(byte[] octets)
    {
        using var flux = new MemoryStream(octets);
        return LecteurFluxCnaf.Lire(flux).ToList();
    }

    public static string Texte(byte[] octets) => LecteurFluxCnaf.Windows1252.GetString(octets);

    public static byte[] Octets(string texte) => LecteurFluxCnaf.Windows1252.GetBytes(texte);

    /// <summary>1-based number of the first line containing the text, as the reader counts lines.</summary>
    public static int Ligne(string texte, string contenu) =>
        Array.FindIndex(texte.Split('\n'), l => l.Contains(contenu, StringComparison.Ordinal)) + 1;

    /// <summary>1-based line of the InfosFoyerRSA start tag of the foyer with this NUMDEMRSA.</summary>
    public static int LigneFoyer(string texte, string numDemRsa)
    {
        var lignes = texte.Split('\n');
        var numero = Array.FindIndex(lignes, l => l.Contains($"<NUMDEMRSA>{numDemRsa}<", StringComparison.Ordinal));
        return Array.FindLastIndex(lignes, numero, l => l.Contains("<InfosFoyerRSA>", StringComparison.Ordinal)) + 1;
    }
}
