using Passerelle.Web.Features.Dossiers.Avertissements;
using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports;

/// <summary>
/// Notices what a file says twice: a person listed in two dossiers, a dossier listed twice. Both are
/// warnings, not rejects (a rejected dossier never reaches orientation): the person is attached to both
/// dossiers, her current dossier chosen by the usual rule, and the later block of a dossier is applied
/// over the earlier one. Keeps a 64-bit hash of each key with its line (about 24 bytes a person or
/// dossier, so a million persons stay under 30 MB).
/// </summary>
internal sealed class DoublonsDuFichier
{
    private readonly Dictionary<ulong, (int Ligne, string NumDemRsa)> personnes = [];
    private readonly Dictionary<ulong, int> dossiers = [];

    /// <returns>The foyer with a warning for each person already seen in another dossier of the file and for a dossier seen before.</returns>
    public FoyerLu Enregistrer(FoyerLu lu)
    {
        var f = lu.Foyer;
        List<AvertissementLu>? ajouts = null;
        if (!dossiers.TryAdd(Hacher(f.NumDemRsa), lu.Ligne))
            (ajouts ??= []).Add(new AvertissementLu(NatureAvertissement.DossierEnDouble, lu.Ligne, "NUMDEMRSA", f.NumDemRsa,
                $"Le dossier figure déjà ligne {dossiers[Hacher(f.NumDemRsa)]} de ce fichier : ce bloc-ci, plus loin dans le fichier, est appliqué par-dessus."));
        for (var i = 0; i < f.Personnes.Count; i++)
        {
            var p = f.Personnes[i];
            var cle = Hacher(CleFichier.De(p));
            if (!personnes.TryGetValue(cle, out var deja)) personnes[cle] = (lu.Ligne, f.NumDemRsa);
            else if (deja.NumDemRsa != f.NumDemRsa)
                (ajouts ??= []).Add(new AvertissementLu(NatureAvertissement.PersonneDansDeuxDossiers, lu.Ligne, "Personne", $"{p.Nom} {p.Prenom}",
                    $"{p.Prenom} {p.Nom} ({ConversionCnaf.DateFr(p.DateNaissance)}) figure aussi dans le dossier {deja.NumDemRsa} (ligne {deja.Ligne}) de ce fichier : "
                    + "elle est rattachée aux deux dossiers ; son dossier courant est le dossier ouvert, sinon la demande la plus récente.", i));
        }
        return ajouts is null ? lu : lu with { Avertissements = [.. lu.Avertissements, .. ajouts] };
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
