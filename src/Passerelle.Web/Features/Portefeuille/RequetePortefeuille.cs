using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Contrats;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Portefeuille;

/// <summary>
/// The caseload of one référent: their open designations joined to the open parcours, filtered and
/// sorted in one query that the index (DepartementId, ReferentId, DateFin) serves, so a page costs
/// the same with thousands of designations. Appointments and type names are added for the rows of
/// the page only (<see cref="PresenterAsync"/>).
/// </summary>
public sealed class RequetePortefeuille(AppDbContext db, ReglesEnVigueur regles, ReglesContratsEnVigueur reglesContrats, HeureLegale heure)
{
    public DateOnly Aujourdhui => heure.Aujourdhui;

    /// <summary>The caseload query, with the département's contract alert delay for the « contrat arrivant à échéance » filter.</summary>
    public async Task<IQueryable<LignePortefeuille>> PreparerAsync(string referentId, FiltrePortefeuille filtre, IReadOnlyCollection<int>? structures, CancellationToken ct) =>
        Preparer(referentId, filtre, structures, AlerteEcheance.Limite(Aujourdhui, (await reglesContrats.ObtenirAsync(ct)).AlerteAvantFinMois));

    /// <param name="structures">When given, only the designations in these structures (a structure head's drill-down).</param>
    public IQueryable<LignePortefeuille> Preparer(string referentId, FiltrePortefeuille filtre, IReadOnlyCollection<int>? structures = null, DateOnly? limiteFinContrat = null)
    {
        var designations = db.Set<DesignationReferent>().AsNoTracking().Where(d => d.ReferentId == referentId && d.DateFin == null);
        if (structures is not null) designations = designations.Where(d => structures.Contains(d.StructureId));
        if (filtre.Type is { } type) designations = designations.Where(d => d.TypeOrientation == type);
        var lignes = from d in designations
                     join p in db.Set<Parcours>().AsNoTracking() on d.ParcoursId equals p.Id
                     where p.DateCloture == null
                     select new { d, p, p.Personne!.CleIdentite };
        var aujourdhui = Aujourdhui;
        if (filtre.Retard) lignes = lignes.Where(x => x.p.EcheanceProchaine < aujourdhui);
        if (filtre.Semaine)
        {
            var finSemaine = aujourdhui.AddDays(6);
            lignes = lignes.Where(x => x.p.EcheanceProchaine >= aujourdhui && x.p.EcheanceProchaine <= finSemaine);
        }
        if (filtre.FinContrat)
        {
            var limite = limiteFinContrat ?? AlerteEcheance.Limite(aujourdhui, ReglesContrats.AlerteParDefautMois);
            var aEcheance = AlerteEcheance.AEcheance(db.Set<Contrat>(), db.Set<Contrat>(), aujourdhui, limite);
            lignes = lignes.Where(x => aEcheance.Any(c => c.ParcoursId == x.p.Id));
        }
        var desc = filtre.Decroissant;
        var triees = filtre.Tri switch
        {
            TriPortefeuille.Nom => desc ? lignes.OrderByDescending(x => x.CleIdentite) : lignes.OrderBy(x => x.CleIdentite),
            TriPortefeuille.Debut => desc ? lignes.OrderByDescending(x => x.d.DateDebut) : lignes.OrderBy(x => x.d.DateDebut),
            // Persons with no pending deadline come last whichever the direction: there is nothing to do for them.
            _ => desc
                ? lignes.OrderBy(x => x.p.EcheanceProchaine == null).ThenByDescending(x => x.p.EcheanceProchaine)
                : lignes.OrderBy(x => x.p.EcheanceProchaine == null).ThenBy(x => x.p.EcheanceProchaine),
        };
        return triees.ThenBy(x => x.CleIdentite).ThenBy(x => x.d.Id).Select(x => new LignePortefeuille(
            x.d.PersonneId, x.p.Id, x.p.Personne!.Nom, x.p.Personne.Prenoms, x.d.TypeOrientation, x.p.CodeRegles, x.p.DateEntree,
            x.d.DateDebut, x.p.EcheanceProchaine, x.p.TypeEcheanceProchaine, x.p.DernierContact));
    }

    /// <summary>
    /// Adds what the table shows beyond the parcours: the latest honoured and the next planned
    /// appointment (read for these persons only, by the index on PersonneId), and the orientation's
    /// name in the rule set of each parcours.
    /// </summary>
    public async Task<IReadOnlyList<PersonnePortefeuille>> PresenterAsync(IReadOnlyList<LignePortefeuille> lignes, CancellationToken ct)
    {
        var ids = lignes.Select(l => l.PersonneId).Distinct().ToList();
        var rendezVous = await db.Set<RendezVous>().AsNoTracking()
            .Where(r => ids.Contains(r.PersonneId) && (r.Statut == StatutRendezVous.Honore || r.Statut == StatutRendezVous.Planifie))
            .Select(r => new { r.PersonneId, r.Statut, r.Debut }).ToListAsync(ct);
        // The current contract: the latest pending or validated one, for these persons only.
        var contrats = (await db.Set<Contrat>().AsNoTracking()
            .Where(c => ids.Contains(c.PersonneId) && (c.Statut == StatutContrat.EnAttente || c.Statut == StatutContrat.Valide))
            .Select(c => new { c.PersonneId, c.Type, c.Statut, c.DateDebut, c.DateFin }).ToListAsync(ct))
            .GroupBy(c => c.PersonneId).ToDictionary(g => g.Key, g => g.MaxBy(c => c.DateDebut)!);
        var alerte = (await reglesContrats.ObtenirAsync(ct)).AlerteAvantFinMois;
        var maintenant = heure.MaintenantUtc;
        var parPersonne = rendezVous.ToLookup(r => r.PersonneId);
        var jeux = new Dictionary<(string, DateOnly), JeuRegles>();
        foreach (var cle in lignes.Select(l => (l.CodeRegles, l.DateEntree)).Distinct())
            jeux[cle] = await regles.ParCodeAsync(cle.CodeRegles, cle.DateEntree, ct);
        var aujourdhui = Aujourdhui;
        return lignes.Select(l =>
        {
            var rdv = parPersonne[l.PersonneId].ToList();
            var dernierHonore = rdv.Where(r => r.Statut == StatutRendezVous.Honore && r.Debut <= maintenant).Select(r => (DateTime?)r.Debut).Max();
            var prochain = rdv.Where(r => r.Statut == StatutRendezVous.Planifie && r.Debut >= maintenant).Select(r => (DateTime?)r.Debut).Min();
            DateOnly? jourHonore = dernierHonore is { } h ? heure.Jour(h) : null;
            var dernierContact = new[] { l.DernierContact, jourHonore }.Max();
            var retard = l.Echeance is { } e && e < aujourdhui ? aujourdhui.DayNumber - e.DayNumber : 0;
            return new PersonnePortefeuille(l.PersonneId, l.ParcoursId, l.Nom, l.Prenoms, jeux[(l.CodeRegles, l.DateEntree)].NomType(l.Type),
                l.DateDebut, l.Echeance, l.TypeEcheance?.Libelle(), retard, dernierContact,
                contrats.TryGetValue(l.PersonneId, out var c) ? new ContratCourant(c.Type, c.Statut, c.DateFin, AlerteEcheance.ArriveAEcheance(c.Statut, c.DateFin, aujourdhui, alerte)) : null,
                prochain is { } p ? heure.Local(p) : null);
        }).ToList();
    }
}
