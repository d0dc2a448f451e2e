using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports;

/// <summary>
/// Applies one foyer of a batch and chooses who will write it. A dossier new to the base whose persons
/// are all new too goes to the bulk writer (its entities are never tracked); any other goes to the
/// change tracker as before. The two sets never point at each other — a foyer that would link them (a
/// person created in this batch for a bulk dossier found again in a tracked one) stops the bulk attempt,
/// and the batch is applied foyer by foyer instead. Without a bulk writer, everything is tracked.
/// </summary>
internal sealed class EcritureFoyer(
    AppDbContext db, ParametresApplication parametres, EcritureEnsembliste? ensemble, Dictionary<string, DossierRsa> dossiers, CorrespondancePersonnes personnes)
{
    public IssueFoyer Appliquer(FoyerLu lu, string empreinte)
    {
        var cree = !dossiers.TryGetValue(lu.Foyer.NumDemRsa, out var dossier);
        var enMasse = ensemble is not null && EnMasse(lu.Foyer, dossier, ensemble);
        Action<object> ajouter = enMasse ? ensemble!.Ajouter : entite => db.Add(entite);
        if (dossier is null)
        {
            dossier = new DossierRsa { NumDemRsa = lu.Foyer.NumDemRsa, Organisme = "", NumeroOrganisme = "", Matricule = "", SituationFamille = "", EtatDroit = "", Empreinte = "" };
            ajouter(dossier);
            dossiers[dossier.NumDemRsa] = dossier;
        }
        var evenements = ApplicationFoyer.Appliquer(dossier, lu, empreinte, parametres, personnes, ajouter);
        if (!enMasse) DetecterChangements(dossier);
        ajouter(new DossierImport { Dossier = dossier, ImportId = parametres.ImportId, Ligne = lu.Ligne, Creation = cree });
        return new IssueFoyer(lu, cree ? ResultatFoyer.Cree : ResultatFoyer.MisAJour, evenements);
    }

    /// <summary>
    /// Bulk when the dossier is new to the base and none of its persons matches a person of the base
    /// (those are tracked: a new dossier of a known person goes through the change tracker).
    /// </summary>
    private bool EnMasse(FoyerCnaf foyer, DossierRsa? dossier, EcritureEnsembliste ecriture)
    {
        var dossierEnAttente = dossier is not null && ecriture.EstEnAttente(dossier);
        var (connue, enAttente) = (false, false);
        foreach (var trouvee in foyer.Personnes.Select(personnes.Trouver).OfType<Personne>())
        {
            if (ecriture.EstEnAttente(trouvee)) enAttente = true;
            else connue = true;
        }
        var enMasse = (dossier is null || dossierEnAttente) && !connue;
        if (!enMasse && (enAttente || dossierEnAttente))
            throw new EcritureEnsemblisteImpossibleException("Un foyer du lot relie une entité suivie et une entité en attente d'écriture ensembliste.");
        return enMasse;
    }

    /// <summary>The dossier (with its new members), its members and their persons are all a foyer can change.</summary>
    private void DetecterChangements(DossierRsa dossier)
    {
        db.Entry(dossier).DetectChanges();
        foreach (var membre in dossier.Membres)
        {
            db.Entry(membre).DetectChanges();
            if (membre.Personne is { } personne) db.Entry(personne).DetectChanges();
        }
    }
}
