using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports;

/// <summary>
/// Catches a person listed in two dossiers of the same file: the second dossier is rejected, since
/// the file contradicts itself about where the person lives. Keeps a 64-bit hash of each identity
/// key with its line (about 24 bytes a person, so a million persons stay under 30 MB).
/// </summary>
internal sealed class DoublonsDuFichier
{
    private readonly Dictionary<ulong, (int Ligne, string NumDemRsa)> vus = [];

    /// <returns>The reject when one of the foyer's persons was already seen in another dossier, else null (and the persons are remembered).</returns>
    public RejetFoyerCnaf? Enregistrer(FoyerLu lu)
    {
        var cles = lu.Foyer.Personnes.Select(p => (Personne: p, Cle: Hacher(CleFichier.De(p)))).ToList();
        foreach (var (p, cle) in cles)
        {
            if (vus.TryGetValue(cle, out var deja) && deja.NumDemRsa != lu.Foyer.NumDemRsa)
                return new RejetFoyerCnaf(lu.Foyer.NumDemRsa, lu.Ligne, "NOM", $"{p.Nom} {p.Prenom}",
                    $"La personne {p.Prenom} {p.Nom} née le {ControleFoyer.Date(p.DateNaissance)} figure déjà dans le dossier {deja.NumDemRsa} (ligne {deja.Ligne}) de ce fichier : une personne ne peut appartenir qu'à un dossier d'un même flux.");
        }
        foreach (var (_, cle) in cles) vus.TryAdd(cle, (lu.Ligne, lu.Foyer.NumDemRsa));
        return null;
    }

    /// <summary>FNV-1a: stable across runs (string.GetHashCode is not), which a resumed run relies on.</summary>
    private static ulong Hacher(string texte)
    {
        var h = 14695981039346656037UL;
        foreach (var c in texte)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return h;
    }
}
