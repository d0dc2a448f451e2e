using Passerelle.Web.Features.Dossiers.Avertissements;
using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports.Tableur;

/// <summary>
/// Turns a CSV or XLSX extract into the same stream as the CNAF XML reader, so imports apply both
/// alike: one row per person, consecutive rows with the same NUMDEMRSA form one foyer. A bad value is a
/// warning with its line, column and fallback; a foyer that cannot be identified is rejected with its reason;
/// neither stops the others. Only the current foyer is held in memory, plus the NUMDEMRSA already seen
/// (to refuse a dossier split across the file).
/// </summary>
public static class LecteurTableur
{
    public static IEnumerable<ElementFluxCnaf> Lire(Stream fichier, string nomFichier, ConfigurationTableur configuration, DateOnly dateReference)
    {
        using var lecture = FichierTableur.Ouvrir(fichier, nomFichier, configuration);
        if (lecture.Erreur is not null)
        {
            yield return lecture.Erreur;
            yield break;
        }
        var analyseur = new AnalyseurLigne(lecture, configuration, dateReference);
        var regroupement = new RegroupementFoyers(analyseur);
        foreach (var ligne in lecture.Lignes())
        {
            if (ligne.Fatale)
            {
                if (regroupement.Terminer() is { } dernier) yield return Element(dernier);
                yield return new ErreurFichierCnaf(ligne.Numero, ligne.Erreur!, Interruption: true);
                yield break;
            }
            if (regroupement.Ajouter(analyseur.Analyser(ligne)) is { } complet) yield return Element(complet);
        }
        if (regroupement.Terminer() is { } fin) yield return Element(fin);
    }

    private static ElementFluxCnaf Element(FoyerTableur foyer)
    {
        var erreurs = foyer.Erreurs();
        if (erreurs.FirstOrDefault(e => e.Portee == PorteeErreur.Rejet) is { } rejet)
        {
            var autres = erreurs.Where(e => e != rejet).ToList();
            var suite = autres.Count == 0 ? "" : $" Autres anomalies de ce dossier : {string.Join(" ; ", autres.Select(Resume))}.";
            return new RejetFoyerCnaf(foyer.NumDemRsa.Length > 0 ? foyer.NumDemRsa : null, rejet.Ligne, rejet.Colonne, rejet.Valeur, rejet.Motif + suite);
        }
        var avertissements = new List<AvertissementLu>();
        var foyerCnaf = foyer.Construire(avertissements, out var rangs);
        var rangsLignes = foyer.Lignes.Select((l, i) => (l.Ligne, Rang: rangs[i])).ToDictionary(x => x.Ligne, x => x.Rang);
        var parLigne = erreurs.Where(e => e.Portee == PorteeErreur.Avertissement)
            .Select(e => new AvertissementLu(e.Nature, e.Ligne, e.Colonne, e.Valeur, e.Motif,
                e.Champ is { } c && !ChampsTableur.Definition(c).Dossier ? rangsLignes.GetValueOrDefault(e.Ligne) : null));
        return new FoyerLu(foyer.PremiereLigne, foyerCnaf) { Avertissements = [.. parLigne, .. avertissements] };
    }

    private static string Resume(ErreurLigne e) =>
        e.Colonne is null ? $"ligne {e.Ligne} : {e.Motif}" : $"ligne {e.Ligne}, colonne « {e.Colonne} » : {e.Motif}";
}
