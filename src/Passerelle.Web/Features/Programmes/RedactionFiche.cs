using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Programmes;

/// <summary>
/// Gives a fiche-action a new content, whoever writes it (a programme import, a pilot's edit): its fields, its
/// indicators matched on their label (their identity outlives the edit), its funding lines, and a
/// <see cref="VersionFiche"/> naming the fields that changed. Nothing changes, and no version is added, when the
/// content is the same.
/// </summary>
internal static class RedactionFiche
{
    /// <param name="lignes">The fiche's current funding lines, tracked.</param>
    /// <param name="derniere">The number of the fiche's last version, 0 for a new fiche.</param>
    /// <returns>The labels of the fields changed.</returns>
    public static IReadOnlyList<string> Rediger(AppDbContext db, Programme programme, ElementProgramme element, ContenuFiche nouveau,
        IReadOnlyList<LigneFinancement> lignes, int derniere, string par, string motif, DateTime maintenant)
    {
        var avant = element.Fiche is { } actuelle && derniere > 0 ? ContenuFiche.De(actuelle, lignes) : null;
        var changements = ContenuFiche.Differences(avant, nouveau);
        if (changements.Count == 0) return changements;
        var fiche = element.Fiche ??= new FicheAction { Pilote = nouveau.Pilote, ModifiePar = par };
        nouveau.AppliquerChamps(fiche);
        if (changements.Contains(ContenuFiche.ChampIndicateurs)) Indicateurs(db, fiche, nouveau.Indicateurs);
        if (changements.Contains(ContenuFiche.ChampFinancements))
        {
            db.RemoveRange(lignes);
            foreach (var (f, i) in nouveau.Financements.Select((f, i) => (f, i)))
                db.Add(new LigneFinancement { Programme = programme, Element = element, Ordre = i, Financeur = f.Financeur, Libelle = f.Libelle, Annee = f.Annee, Montant = f.Montant });
        }
        (fiche.ModifieLe, fiche.ModifiePar) = (maintenant, par);
        db.Add(new VersionFiche { Fiche = fiche, Numero = derniere + 1, Le = maintenant, Par = par, Motif = motif, Changements = [.. changements], Contenu = nouveau.Json() });
        return changements;
    }

    private static void Indicateurs(AppDbContext db, FicheAction fiche, IReadOnlyList<IndicateurContenu> nouveaux)
    {
        foreach (var retire in fiche.Indicateurs.Where(i => nouveaux.All(n => n.Libelle != i.Libelle)).ToList())
        {
            fiche.Indicateurs.Remove(retire);
            db.Remove(retire);
        }
        foreach (var (n, ordre) in nouveaux.Select((n, i) => (n, i)))
        {
            var indicateur = fiche.Indicateurs.FirstOrDefault(i => i.Libelle == n.Libelle);
            if (indicateur is null) fiche.Indicateurs.Add(indicateur = new IndicateurFiche { Libelle = n.Libelle });
            (indicateur.Ordre, indicateur.Unite, indicateur.Definition, indicateur.Source) = (ordre, n.Unite, n.Definition, n.Source);
            Valeurs(db, indicateur, NatureValeur.Cible, n.Cibles);
            Valeurs(db, indicateur, NatureValeur.Constatee, n.Constatees);
        }
    }

    /// <summary>Updated in place, year by year: the (indicator, nature, year) key is unique.</summary>
    private static void Valeurs(AppDbContext db, IndicateurFiche indicateur, NatureValeur nature, IReadOnlyDictionary<int, decimal> annees)
    {
        foreach (var retiree in indicateur.Valeurs.Where(v => v.Nature == nature && !annees.ContainsKey(v.Annee)).ToList())
        {
            indicateur.Valeurs.Remove(retiree);
            db.Remove(retiree);
        }
        foreach (var (annee, valeur) in annees)
        {
            var existante = indicateur.Valeurs.FirstOrDefault(v => v.Nature == nature && v.Annee == annee);
            if (existante is null) indicateur.Valeurs.Add(new ValeurIndicateur { Nature = nature, Annee = annee, Valeur = valeur });
            else existante.Valeur = valeur;
        }
    }
}
