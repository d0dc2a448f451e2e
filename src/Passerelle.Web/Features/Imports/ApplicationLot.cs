using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports;

public enum ResultatFoyer { Cree, MisAJour, Inchange, Ignore, Rejete }

/// <param name="DejaApplique">Unchanged because the interrupted import this run resumes had already written it.</param>
internal sealed record IssueFoyer(FoyerLu Lu, ResultatFoyer Resultat, IReadOnlyList<EvenementDroit> Evenements, RejetFoyerCnaf? Rejet = null, bool DejaApplique = false);

/// <summary>
/// Applies a batch of foyers inside the caller's transaction. The dossiers, members and
/// candidate persons of the whole batch are loaded in a few queries; each foyer is then saved on
/// its own (EF wraps each SaveChanges in a savepoint), so a foyer the database refuses is rolled
/// back alone, rejected, and the rest of the batch is reloaded and goes on.
/// </summary>
internal sealed class ApplicationLot(AppDbContext db, ParametresApplication parametres)
{
    public async Task<List<IssueFoyer>> AppliquerAsync(IReadOnlyList<FoyerLu> lot, CancellationToken ct)
    {
        var issues = new List<IssueFoyer>(lot.Count);
        var restants = lot.Select(lu => (Lu: lu, Empreinte: EmpreinteFoyer.Calculer(lu.Foyer))).ToList();
        // Each foyer's SaveChanges would otherwise compare every entity tracked for the batch,
        // making a batch quadratic: changes are detected on the foyer's own entities instead.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            while (restants.Count > 0)
            {
                var echec = await AppliquerJusquAuPremierEchecAsync(restants, issues, ct);
                restants = echec < 0 ? [] : restants[(echec + 1)..];
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
        return issues;
    }

    /// <returns>The index of the foyer the database refused, or -1 when all went through.</returns>
    private async Task<int> AppliquerJusquAuPremierEchecAsync(List<(FoyerLu Lu, string Empreinte)> foyers, List<IssueFoyer> issues, CancellationToken ct)
    {
        var numeros = foyers.Select(f => f.Lu.Foyer.NumDemRsa).ToList();
        var connus = await db.Dossiers.AsNoTracking().Where(d => numeros.Contains(d.NumDemRsa))
            .Select(d => new { d.NumDemRsa, d.Id, d.Empreinte, d.DateFlux, d.DernierImportId }).ToDictionaryAsync(d => d.NumDemRsa, ct);
        var aEcrire = foyers.Where(f => !connus.TryGetValue(f.Lu.Foyer.NumDemRsa, out var c) || (c.Empreinte != f.Empreinte && c.DateFlux <= parametres.DateFlux)).ToList();
        var (dossiers, personnes) = aEcrire.Count == 0
            ? ([], new CorrespondancePersonnes())
            : await ChargerAsync(aEcrire.Select(f => f.Lu.Foyer).ToList(), ct);
        var aDater = new List<int>();
        var misAJour = new List<int>();
        for (var i = 0; i < foyers.Count; i++)
        {
            var (lu, empreinte) = foyers[i];
            var connu = connus.GetValueOrDefault(lu.Foyer.NumDemRsa);
            if (connu is not null && parametres.DateFlux < connu.DateFlux)
            {
                issues.Add(new IssueFoyer(lu, ResultatFoyer.Ignore, []));
                continue;
            }
            if (connu is not null && connu.Empreinte == empreinte)
            {
                if (parametres.DateFlux > connu.DateFlux) aDater.Add(connu.Id);
                var dejaApplique = connu.DernierImportId is { } dernier && parametres.ImportsRepris.Contains(dernier);
                issues.Add(new IssueFoyer(lu, ResultatFoyer.Inchange, [], DejaApplique: dejaApplique));
                continue;
            }
            try
            {
                var issue = await EcrireAsync(lu, empreinte, dossiers, personnes, ct);
                issues.Add(issue);
                if (issue.Resultat == ResultatFoyer.MisAJour) misAJour.Add(dossiers[lu.Foyer.NumDemRsa].Id);
            }
            catch (DbUpdateException e)
            {
                db.ChangeTracker.Clear();
                issues.Add(new IssueFoyer(lu, ResultatFoyer.Rejete, [], new RejetFoyerCnaf(lu.Foyer.NumDemRsa, lu.Ligne, null, null,
                    "La base de données a refusé ce dossier ; il n'a pas été modifié. Détail technique : " + (e.InnerException?.Message ?? e.Message))));
                await DaterAsync(aDater, ct);
                await ResolutionAvertissements.ExecuterAsync(db, misAJour, parametres, ct);
                return i;
            }
        }
        await DaterAsync(aDater, ct);
        await ResolutionAvertissements.ExecuterAsync(db, misAJour, parametres, ct);
        db.ChangeTracker.Clear();
        return -1;
    }

    private async Task<IssueFoyer> EcrireAsync(FoyerLu lu, string empreinte, Dictionary<string, DossierRsa> dossiers, CorrespondancePersonnes personnes, CancellationToken ct)
    {
        var cree = !dossiers.TryGetValue(lu.Foyer.NumDemRsa, out var dossier);
        if (dossier is null)
        {
            dossier = new DossierRsa { NumDemRsa = lu.Foyer.NumDemRsa, Organisme = "", NumeroOrganisme = "", Matricule = "", SituationFamille = "", EtatDroit = "", Empreinte = "" };
            db.Dossiers.Add(dossier);
            dossiers[dossier.NumDemRsa] = dossier;
        }
        var evenements = ApplicationFoyer.Appliquer(dossier, lu, empreinte, parametres, personnes, entite => db.Add(entite));
        DetecterChangements(dossier);
        db.DossiersImports.Add(new DossierImport { Dossier = dossier, ImportId = parametres.ImportId, Ligne = lu.Ligne, Creation = cree });
        await db.SaveChangesAsync(ct);
        return new IssueFoyer(lu, cree ? ResultatFoyer.Cree : ResultatFoyer.MisAJour, evenements);
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

    /// <summary>Same content in a newer flux: only the flux date moves, so an older file can no longer overwrite it.</summary>
    private async Task DaterAsync(List<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return;
        var date = parametres.DateFlux;
        await db.Dossiers.Where(d => ids.Contains(d.Id)).ExecuteUpdateAsync(s => s.SetProperty(d => d.DateFlux, date), ct);
        ids.Clear();
    }

    private async Task<(Dictionary<string, DossierRsa>, CorrespondancePersonnes)> ChargerAsync(List<FoyerCnaf> foyers, CancellationToken ct)
    {
        var numeros = foyers.Select(f => f.NumDemRsa).ToList();
        var dossiers = await db.Dossiers.Where(d => numeros.Contains(d.NumDemRsa))
            .Include(d => d.Membres).ThenInclude(m => m.Personne).ThenInclude(p => p!.DossierCourant)
            .AsSplitQuery().ToDictionaryAsync(d => d.NumDemRsa, ct);
        var lus = foyers.SelectMany(f => f.Personnes).ToList();
        var prefixes = lus.Select(p => Nir.PrefixeRapprochement(p.Nir)).OfType<string>().Distinct().ToList();
        var cles = lus.Select(p => NormalisationNom.CleIdentite(p.Nom, p.Prenom)).Distinct().ToList();
        // Both matching keys include the birth date: filtering on it keeps the candidates to the
        // few true homonyms instead of every namesake of a common name (which grows with the base).
        var dates = lus.Select(p => p.DateNaissance).Distinct().ToList();
        var candidats = await db.Personnes.Include(p => p.DossierCourant)
            .Where(p => p.FusionneeDansId == null && dates.Contains(p.DateNaissance) && (prefixes.Contains(p.PrefixeNir!) || cles.Contains(p.CleIdentite)))
            .ToListAsync(ct);
        var correspondance = new CorrespondancePersonnes();
        foreach (var p in candidats) correspondance.Ajouter(p);
        return (dossiers, correspondance);
    }
}
