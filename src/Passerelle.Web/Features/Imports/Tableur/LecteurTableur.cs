using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports.Tableur;

/// <summary>
/// Turns a CSV or XLSX extract into the same stream as the CNAF XML reader, so imports apply both
/// alike: one row per person, consecutive rows with the same NUMDEMRSA form one foyer, a bad foyer
/// is rejected with its line, column, value and reason and never stops the others. Only the current
/// foyer is held in memory, plus the NUMDEMRSA already seen (to refuse a dossier split across the file).
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
                yield return new ErreurFichierCnaf(ligne.Numero, ligne.Erreur!);
                yield break;
            }
            if (regroupement.Ajouter(analyseur.Analyser(ligne)) is { } complet) yield return Element(complet);
        }
        if (regroupement.Terminer() is { } fin) yield return Element(fin);
    }

    private static ElementFluxCnaf Element(FoyerTableur foyer)
    {
        var erreurs = foyer.Erreurs();
        if (erreurs.Count == 0) return new FoyerLu(foyer.PremiereLigne, foyer.Construire());
        var premiere = erreurs[0];
        var autres = erreurs.Count == 1 ? "" : $" Autres erreurs de ce dossier : {string.Join(" ; ", erreurs.Skip(1).Select(Resume))}.";
        return new RejetFoyerCnaf(foyer.NumDemRsa.Length > 0 ? foyer.NumDemRsa : null, premiere.Ligne, premiere.Colonne, premiere.Valeur, premiere.Motif + autres);
    }

    private static string Resume(ErreurLigne e) =>
        e.Colonne is null ? $"ligne {e.Ligne} : {e.Motif}" : $"ligne {e.Ligne}, colonne « {e.Colonne} » : {e.Motif}";
}
