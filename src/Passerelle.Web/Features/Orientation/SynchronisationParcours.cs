using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Orientation;

public sealed record ResultatSynchronisation(int Ouverts, int Rouverts, int Clos);

/// <summary>
/// Keeps one open parcours for each person who must be oriented: right open (Z, 2, 3, 4) and SDD
/// (primer §2–3). Runs after every import, set by set, so it costs nothing per foyer and catches up
/// after any kind of load (stock, flux, spreadsheet, merge). Rules, as a careful département counts:
/// <list type="bullet">
/// <item>the clock starts at the person's entry date (the flux date of the nouvel entrant or retour,
/// i.e. the date the département learns of it); a person loaded by the stock has no entry date and
/// starts at the date of the flux that brought them;</item>
/// <item>a person whose right closes or who is no longer SDD leaves: the parcours and any open
/// référent designation end that day;</item>
/// <item>a person who comes back within <see cref="RegleParcoursDroit.FenetreRetourMois"/> months of
/// leaving resumes their parcours (oriented persons keep their orientation and need a référent
/// again); later than that a new parcours starts.</item>
/// </list>
/// </summary>
public sealed class SynchronisationParcours(AppDbContext db, EcritureEnsembliste ecriture, ReglesEnVigueur regles, HeureLegale heure, IEnumerable<ISuiteCloture> suites)
{
    public const string MotifDroitClos = "Droit RSA clos";
    public const string MotifFinDroitsDevoirs = "N'est plus soumis aux droits et devoirs";

    private const int Lot = 1000;
    private static readonly string[] EtatsOuverts = [EtatsDroit.NonDefini, EtatsDroit.OuvertVersable, EtatsDroit.DroitSuspendu, EtatsDroit.VersementSuspendu];

    public async Task<ResultatSynchronisation> ExecuterAsync(CancellationToken ct = default)
    {
        var aujourdhui = heure.Aujourdhui;
        var clos = await CloreAsync(aujourdhui, ct);
        var (ouverts, rouverts) = await OuvrirAsync(ct);
        await ActualiserLieuxAsync(ct);
        return new ResultatSynchronisation(ouverts, rouverts, clos);
    }

    private IQueryable<Personne> AOrienter() => db.Personnes.Where(p =>
        p.FusionneeDansId == null && p.DossierCourantId != null && p.SoumisDroitsDevoirs && EtatsOuverts.Contains(p.EtatDroit!));

    private async Task<int> CloreAsync(DateOnly aujourdhui, CancellationToken ct)
    {
        var sortants = await db.Set<Parcours>()
            .Where(x => x.DateCloture == null && x.Public == Parcours.PublicRsa && !AOrienter().Any(p => p.Id == x.PersonneId))
            .Select(x => new { x.Id, x.PersonneId, SoumisDroitsDevoirs = x.Personne!.SoumisDroitsDevoirs }).ToListAsync(ct);
        foreach (var paquet in sortants.Chunk(Lot))
        {
            var ids = paquet.Select(s => s.Id).ToList();
            // A list as one parameter (JSON on SQLite, an array on PostgreSQL): SQLite binds each parameter by name.
            var parcours = await db.Set<Parcours>().Where(x => EF.Parameter(ids).Contains(x.Id)).ToListAsync(ct);
            foreach (var x in parcours)
            {
                x.Appliquer(ActionParcours.Clore);
                (x.DateCloture, x.MotifCloture) = (aujourdhui, paquet.First(s => s.Id == x.Id).SoumisDroitsDevoirs ? MotifDroitClos : MotifFinDroitsDevoirs);
                (x.ReferentId, x.EcheanceProchaine, x.TypeEcheanceProchaine) = (null, null, null);
            }
            await db.Set<DesignationReferent>().Where(d => EF.Parameter(ids).Contains(d.ParcoursId) && d.DateFin == null)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.DateFin, aujourdhui).SetProperty(d => d.MotifFin, "Fin du parcours"), ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            foreach (var suite in suites) await suite.ParcoursClosAsync(ids, ct);
        }
        return sortants.Count;
    }

    private async Task<(int Ouverts, int Rouverts)> OuvrirAsync(CancellationToken ct)
    {
        var (ouverts, rouverts, dernier) = (0, 0, 0);
        while (true)
        {
            // Walks the persons by id: each round starts where the last stopped instead of reading again the ones it opened.
            // A recorded exit keeps the person out while their right stays open, until a new entry after it.
            var entrants = await AOrienter()
                .Where(p => p.Id > dernier && !db.Set<Parcours>().Any(x => x.PersonneId == p.Id
                    && (x.DateCloture == null || x.SortieEnregistree && (p.DateEntree == null || p.DateEntree <= x.DateCloture))))
                .OrderBy(p => p.Id)
                .Select(p => new { p.Id, Entree = p.DateEntree ?? p.DossierCourant!.DateFlux, p.DossierCourant!.TerritoireId, p.DossierCourant.CodeInsee })
                .Take(Lot).ToListAsync(ct);
            if (entrants.Count == 0) return (ouverts, rouverts);
            dernier = entrants[^1].Id;
            var ids = entrants.Select(e => e.Id).ToList();
            var derniers = (await db.Set<Parcours>().Where(x => EF.Parameter(ids).Contains(x.PersonneId)).ToListAsync(ct))
                .GroupBy(x => x.PersonneId).ToDictionary(g => g.Key, g => g.MaxBy(x => x.DateCloture)!);
            foreach (var e in entrants)
            {
                var precedent = derniers.GetValueOrDefault(e.Id);
                if (precedent is { DateCloture: { } fin } && e.Entree <= fin.AddMonths(RegleParcoursDroit.FenetreRetourMois))
                {
                    precedent.Appliquer(precedent.TypeOrientation is null ? ActionParcours.Rouvrir : ActionParcours.RouvrirOriente);
                    (precedent.DateCloture, precedent.MotifCloture, precedent.TerritoireId, precedent.CodeInsee) = (null, null, e.TerritoireId, e.CodeInsee);
                    (precedent.SortieEnregistree, precedent.DateReprise) = (false, e.Entree);
                    precedent.CalculerEcheances(await regles.ParCodeAsync(precedent.CodeRegles, precedent.DateEntree, ct));
                    rouverts++;
                    continue;
                }
                var jeu = await regles.PourAsync(e.Entree, ct);
                var parcours = new Parcours { PersonneId = e.Id, DateEntree = e.Entree, CodeRegles = jeu.Code, Etape = EtapeParcours.AInviter, TerritoireId = e.TerritoireId, CodeInsee = e.CodeInsee };
                parcours.CalculerEcheances(jeu);
                ecriture.Ajouter(parcours);
                ouverts++;
            }
            // New parcours (all of them after a stock load) are inserted set by set; reopened ones are updates.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await ecriture.EcrireAsync(ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>A foyer that moved changes the territoire of its members' parcours (queues filter on it).</summary>
    private async Task ActualiserLieuxAsync(CancellationToken ct)
    {
        var deplaces = await db.Set<Parcours>()
            .Where(x => x.DateCloture == null && x.Public == Parcours.PublicRsa && (x.TerritoireId != x.Personne!.DossierCourant!.TerritoireId || x.CodeInsee != x.Personne.DossierCourant.CodeInsee))
            // Members named apart from Parcours's own: EF 10 fails to bind same-named members of a projection holding the entity.
            .Select(x => new { Parcours = x, Territoire = x.Personne!.DossierCourant!.TerritoireId, Commune = x.Personne.DossierCourant.CodeInsee })
            .ToListAsync(ct);
        foreach (var d in deplaces) (d.Parcours.TerritoireId, d.Parcours.CodeInsee) = (d.Territoire, d.Commune);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
