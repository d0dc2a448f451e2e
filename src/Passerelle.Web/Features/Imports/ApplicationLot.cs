using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports;

public enum ResultatFoyer { Cree, MisAJour, Inchange, Ignore, Rejete }

/// <param name="DejaApplique">Unchanged because the interrupted import this run resumes had already written it.</param>
internal sealed record IssueFoyer(FoyerLu Lu, ResultatFoyer Resultat, IReadOnlyList<EvenementDroit> Evenements, RejetFoyerCnaf? Rejet = null, bool DejaApplique = false);

/// <summary>
/// Applies a batch of foyers inside the caller's transaction. The dossiers, members and candidate
/// persons of the whole batch are loaded in a few queries. Then, in the common case, the whole batch
/// is written at once: dossiers new to the base (with their new persons, members, rights history)
/// through <see cref="EcritureEnsembliste"/>, changed dossiers through one SaveChanges. If the database
/// refuses any of it, the batch is rolled back to a savepoint and applied again foyer by foyer, each
/// saved on its own (EF wraps each SaveChanges in a savepoint): a foyer the database refuses is then
/// rolled back alone, rejected, and the rest of the batch is reloaded and goes on.
/// </summary>
internal sealed class ApplicationLot(AppDbContext db, ParametresApplication parametres, EcritureEnsembliste ecriture, ProtectionNir protection)
{
    private const string PointLot = "lot_ensembliste";

    public async Task<List<IssueFoyer>> AppliquerAsync(IReadOnlyList<FoyerLu> lot, CancellationToken ct)
    {
        // Fingerprints need no database: computed on every core while this thread alone may write
        // (the reading thread leaves the second one mostly idle), they stop costing the batch its time.
        var foyers = lot.AsParallel().AsOrdered().Select(lu => (Lu: lu, Empreinte: EmpreinteFoyer.Calculer(lu.Foyer))).ToList();
        // Each foyer's SaveChanges would otherwise compare every entity tracked for the batch,
        // making a batch quadratic: changes are detected on the foyer's own entities instead.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await EnsembleAsync(foyers, ct) ?? await UnParUnAsync(foyers, ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    /// <returns>The issues, or null when the database refused part of the batch: nothing of it is left written.</returns>
    private async Task<List<IssueFoyer>?> EnsembleAsync(List<(FoyerLu Lu, string Empreinte)> foyers, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Un lot s'applique dans la transaction de l'import.");
        await transaction.CreateSavepointAsync(PointLot, ct);
        var issues = new List<IssueFoyer>(foyers.Count);
        try
        {
            await AppliquerJusquAuPremierEchecAsync(foyers, issues, ensemble: true, ct);
            return issues;
        }
        catch (Exception e) when (e is DbException or DbUpdateException or EcritureEnsemblisteImpossibleException)
        {
            await transaction.RollbackToSavepointAsync(PointLot, ct);
            ecriture.Oublier();
            db.ChangeTracker.Clear();
            return null;
        }
    }

    private async Task<List<IssueFoyer>> UnParUnAsync(List<(FoyerLu Lu, string Empreinte)> restants, CancellationToken ct)
    {
        var issues = new List<IssueFoyer>(restants.Count);
        while (restants.Count > 0)
        {
            var echec = await AppliquerJusquAuPremierEchecAsync(restants, issues, ensemble: false, ct);
            restants = echec < 0 ? [] : restants[(echec + 1)..];
        }
        return issues;
    }

    /// <returns>The index of the foyer the database refused, or -1 when all went through.</returns>
    private async Task<int> AppliquerJusquAuPremierEchecAsync(List<(FoyerLu Lu, string Empreinte)> foyers, List<IssueFoyer> issues, bool ensemble, CancellationToken ct)
    {
        var numeros = foyers.Select(f => f.Lu.Foyer.NumDemRsa).ToList();
        var connus = await db.Dossiers.AsNoTracking().Where(d => EF.Parameter(numeros).Contains(d.NumDemRsa))
            .Select(d => new { d.NumDemRsa, d.Id, d.Empreinte, d.DateFlux, d.DernierImportId }).ToDictionaryAsync(d => d.NumDemRsa, ct);
        var aEcrire = foyers.Where(f => !connus.TryGetValue(f.Lu.Foyer.NumDemRsa, out var c) || (c.Empreinte != f.Empreinte && c.DateFlux <= parametres.DateFlux))
            .Select(f => f.Lu.Foyer).ToList();
        var (dossiers, personnes) = aEcrire.Count == 0
            ? ([], new CorrespondancePersonnes(protection))
            : await ChargerAsync(aEcrire, aEcrire.Where(f => connus.ContainsKey(f.NumDemRsa)).Select(f => f.NumDemRsa).ToList(), ct);
        var ecrivain = new EcritureFoyer(db, parametres, ensemble ? ecriture : null, dossiers, personnes);
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
            if (ensemble)
            {
                Noter(ecrivain.Appliquer(lu, empreinte), connu?.Id, issues, misAJour);
                continue;
            }
            try
            {
                var issue = ecrivain.Appliquer(lu, empreinte);
                await db.SaveChangesAsync(ct);
                Noter(issue, connu?.Id, issues, misAJour);
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
        if (ensemble)
        {
            await ecriture.EcrireAsync(ct);
            await db.SaveChangesAsync(ct);
        }
        await DaterAsync(aDater, ct);
        await ResolutionAvertissements.ExecuterAsync(db, misAJour, parametres, ct);
        db.ChangeTracker.Clear();
        return -1;
    }

    /// <summary>A dossier written again by this flux has its older warnings resolved once the batch is written.</summary>
    private static void Noter(IssueFoyer issue, int? dossierConnu, List<IssueFoyer> issues, List<int> misAJour)
    {
        issues.Add(issue);
        if (issue.Resultat == ResultatFoyer.MisAJour && dossierConnu is { } id) misAJour.Add(id);
    }

    /// <summary>Same content in a newer flux: only the flux date moves, so an older file can no longer overwrite it.</summary>
    private async Task DaterAsync(List<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return;
        var date = parametres.DateFlux;
        await db.Dossiers.Where(d => EF.Parameter(ids).Contains(d.Id)).ExecuteUpdateAsync(s => s.SetProperty(d => d.DateFlux, date), ct);
        ids.Clear();
    }

    /// <param name="connus">The numbers of the batch already in the base: only their dossiers need loading.</param>
    private async Task<(Dictionary<string, DossierRsa>, CorrespondancePersonnes)> ChargerAsync(List<FoyerCnaf> foyers, List<string> connus, CancellationToken ct)
    {
        var dossiers = connus.Count == 0 ? [] : await db.Dossiers.Where(d => EF.Parameter(connus).Contains(d.NumDemRsa))
            .Include(d => d.Membres).ThenInclude(m => m.Personne).ThenInclude(p => p!.DossierCourant)
            .AsSplitQuery().ToDictionaryAsync(d => d.NumDemRsa, ct);
        var lus = foyers.SelectMany(f => f.Personnes).ToList();
        var correspondance = new CorrespondancePersonnes(protection);
        var empreintes = lus.Select(correspondance.Empreinte).OfType<string>().Distinct().ToList();
        var paires = lus.Select(p => (NormalisationNom.CleIdentite(p.Nom, p.Prenom), p.DateNaissance)).Distinct().ToList();
        // Both matching keys include the birth date, so a batch never reads every namesake of a common
        // name nor every person born on its dates: the NIR blind index is read through its own index (the list
        // as one parameter: SQLite binds parameters by name, 500 of them cost 4 ms a query against 0.4)
        // and its few persons kept when born on one of the batch's dates; the name key goes with its date.
        var dates = paires.Select(p => p.DateNaissance).ToHashSet();
        var parNir = empreintes.Count == 0 ? [] : await db.Personnes.Include(p => p.DossierCourant)
            .Where(p => p.FusionneeDansId == null && EF.Parameter(empreintes).Contains(p.EmpreinteNir!)).ToListAsync(ct);
        var parNom = await PersonnesParIdentite.Requete(db, paires).Include(p => p.DossierCourant).Where(p => p.FusionneeDansId == null).ToListAsync(ct);
        foreach (var p in parNir.Where(p => dates.Contains(p.DateNaissance)).Concat(parNom).Distinct().OrderBy(p => p.Id)) correspondance.Ajouter(p);
        return (dossiers, correspondance);
    }
}
