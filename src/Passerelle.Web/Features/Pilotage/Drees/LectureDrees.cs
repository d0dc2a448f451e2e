using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Contrats;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Pilotage.Drees;

/// <summary>
/// Reads <see cref="DonneesDrees"/> for year N. Each source is read once for the whole département as narrow tuples — on
/// PostgreSQL each from one covering index alone (<c>PostgresAppDbContext.IndexDrees</c>) — and joined in memory: joins left
/// to the database were planned as one index lookup per person (its estimates cannot see that a right row and a foyer
/// member share both the person and the dossier), which made the tables of France cost ~33 s on 2,000,000 persons
/// (bench/RESULTATS.md, now ~9 s). <see cref="CalculDrees"/> then counts. Kept by <see cref="CacheDepartement"/> until the
/// département writes again.
/// </summary>
public sealed class LectureDrees(AppDbContext db, CacheDepartement cache, HeureLegale heure)
{
    public Task<ResultatDrees> CalculerAsync(int annee, CancellationToken ct) =>
        cache.ObtenirAsync(db, $"drees:{annee}", async c => CalculDrees.Calculer(annee, await LireAsync(annee, c)), ct);

    public async Task<DonneesDrees> LireAsync(int annee, CancellationToken ct)
    {
        var fin = new DateOnly(annee, 12, 31);
        var finUtc = heure.DebutDuJourUtc(fin.AddDays(1));
        var droits = await DroitsAuAsync(fin, ct);
        var (sdd, compositions) = await PopulationAsync(droits, ct);
        var foyers = await FoyersAsync(sdd, compositions, ct);
        var niveaux = await NiveauxAsync(sdd.Select(p => p.PersonneId).ToHashSet(), finUtc, ct);
        var orientations = await OrientationsAsync(finUtc, ct);
        var contrats = (await db.Set<Contrat>().AsNoTracking()
                .Where(c => c.Statut == StatutContrat.Valide && c.DateDebut <= fin && c.DateFin >= fin)
                .Select(c => new { c.PersonneId, c.ParcoursId, c.Type, c.Rang, c.DateDebut, c.DateFin, c.SigneLe, c.Objectifs, c.Actions }).ToListAsync(ct))
            .Select(c => new ContratDrees(c.PersonneId, c.ParcoursId, c.Type, c.Rang, c.DateDebut, c.DateFin, c.SigneLe, TypesActionDrees.DuContrat(c.Objectifs.Select(o => o.Theme), c.Actions.Count > 0)))
            .ToList();
        return new(sdd, droits.Entrees, foyers, niveaux, orientations, contrats);
    }

    /// <summary>
    /// The SDD population: an applicant or spouse of the very dossier of their latest right row, that row open (or not yet
    /// defined) and SDD, never a merged person. With it, each dossier's composition from its present members.
    /// </summary>
    private async Task<(List<PersonneSdd> Sdd, Dictionary<int, CompositionFoyer> Compositions)> PopulationAsync(DroitsAu droits, CancellationToken ct)
    {
        var candidates = new Dictionary<int, PersonneLue>();
        var personnes = db.Personnes.AsNoTracking().Where(p => p.FusionneeDansId == null).Select(p => new PersonneLue(p.Id, p.DateNaissance, p.Sexe)).AsAsyncEnumerable();
        await foreach (var p in personnes.WithCancellation(ct))
            if (droits.Dernieres.TryGetValue(p.Id, out var droit) && droit.SddOuvert) candidates[p.Id] = p;
        var sdd = new List<PersonneSdd>();
        var compositions = new Dictionary<int, CompositionFoyer>();
        var membres = db.MembresFoyer.AsNoTracking()
            .Select(m => new MembreLu(m.DossierId, m.PersonneId, m.Role == "DEM", m.Role == "CJT", m.Role == "ENF", m.Present)).AsAsyncEnumerable();
        await foreach (var m in membres.WithCancellation(ct))
        {
            if ((m.Demandeur || m.Conjoint) && candidates.TryGetValue(m.PersonneId, out var p) && droits.Dernieres[m.PersonneId].DossierId == m.DossierId)
                sdd.Add(new PersonneSdd(p.Id, m.DossierId, p.DateNaissance, p.Sexe));
            if (m.Present) compositions[m.DossierId] = compositions.GetValueOrDefault(m.DossierId).Avec(m);
        }
        return (sdd, compositions);
    }

    /// <summary>The foyers of the SDD population, with their RSA application date.</summary>
    private async Task<Dictionary<int, FoyerDrees>> FoyersAsync(List<PersonneSdd> sdd, Dictionary<int, CompositionFoyer> compositions, CancellationToken ct)
    {
        var dossiers = sdd.Select(p => p.DossierId).ToHashSet();
        var foyers = new Dictionary<int, FoyerDrees>();
        await foreach (var d in db.Dossiers.AsNoTracking().Select(d => new DossierLu(d.Id, d.DateDemande)).AsAsyncEnumerable().WithCancellation(ct))
            if (dossiers.Contains(d.Id) && compositions.TryGetValue(d.Id, out var c))
                foyers[d.Id] = new FoyerDrees(d.Id, c.DemandeurId == 0 ? null : c.DemandeurId, c.Couple, c.Enfants, d.DateDemande);
        return foyers;
    }

    /// <summary>Each SDD person's education level from their latest diagnosis (highest number) established before 1/1 in legal time.</summary>
    private async Task<Dictionary<int, Diagnostic.NiveauFormation?>> NiveauxAsync(HashSet<int> personnes, DateTime finUtc, CancellationToken ct)
    {
        var derniers = new Dictionary<int, (int Numero, Diagnostic.NiveauFormation? Niveau)>();
        var diagnostics = db.Set<Diagnostic.Diagnostic>().AsNoTracking().Select(d => new DiagnosticLu(d.PersonneId, d.Numero, d.EtabliLe, d.NiveauFormation)).AsAsyncEnumerable();
        await foreach (var d in diagnostics.WithCancellation(ct))
            if (personnes.Contains(d.PersonneId) && d.EtabliLe.UtcDateTime < finUtc && (!derniers.TryGetValue(d.PersonneId, out var n) || d.Numero > n.Numero))
                derniers[d.PersonneId] = (d.Numero, d.NiveauFormation);
        return derniers.ToDictionary(d => d.Key, d => d.Value.Niveau);
    }

    /// <summary>Validated orientations of RSA parcours decided before 1/1 in legal time, with their parcours's closing date.</summary>
    private async Task<List<OrientationDrees>> OrientationsAsync(DateTime finUtc, CancellationToken ct)
    {
        var categories = (await db.Set<Structure>().AsNoTracking().Select(s => new { s.Id, s.Type }).ToListAsync(ct)).ToDictionary(s => s.Id, s => CategoriesDrees.De(s.Type));
        // Only the parcours that change how an orientation reads: the closed ones and the few that are not the RSA's.
        var parcours = await db.Set<Parcours>().AsNoTracking().Where(p => p.DateCloture != null || p.Public != Parcours.PublicRsa)
            .Select(p => new { p.Id, p.Public, p.DateCloture }).ToDictionaryAsync(p => p.Id, ct);
        return (await db.Set<DecisionOrientation>().AsNoTracking().Where(d => d.Statut == StatutDecision.Validee && d.DecideeLe < finUtc)
                .Select(d => new { d.Id, d.PersonneId, d.ParcoursId, d.DecideeLe, d.StructureId }).ToListAsync(ct))
            .Select(o => (Decision: o, Parcours: parcours.GetValueOrDefault(o.ParcoursId)))
            .Where(o => o.Parcours is null || o.Parcours.Public == Parcours.PublicRsa)
            .Select(o => new OrientationDrees(o.Decision.Id, o.Decision.PersonneId, o.Decision.ParcoursId, heure.Jour(o.Decision.DecideeLe!.Value),
                o.Decision.StructureId is int s ? categories.GetValueOrDefault(s) : null, o.Decision.StructureId, o.Parcours?.DateCloture))
            .ToList();
    }

    /// <summary>Each person's latest right row on or before 31/12 and latest entry (new entrant or return) on or before 31/12, in one pass.</summary>
    private async Task<DroitsAu> DroitsAuAsync(DateOnly fin, CancellationToken ct)
    {
        var droits = new DroitsAu(new Dictionary<int, DernierDroit>(), new Dictionary<int, DateOnly>());
        // The conditions are evaluated by the database: each row arrives as numbers and booleans, no text to allocate.
        var lignes = db.HistoriqueDroits.AsNoTracking().Where(h => h.DateEffet <= fin)
            .Select(h => new DroitLu(h.Id, h.PersonneId, h.DossierId, h.SoumisDroitsDevoirs && (h.EtatDroit == EtatsDroit.OuvertVersable || h.EtatDroit == EtatsDroit.NonDefini),
                h.Evenement == EvenementDroit.NouvelEntrant || h.Evenement == EvenementDroit.Retour, h.DateEffet)).AsAsyncEnumerable();
        await foreach (var h in lignes.WithCancellation(ct))
        {
            // Rows of a person are written in flux order (an older flux never overwrites a newer one), so the highest id is the latest.
            if (!droits.Dernieres.TryGetValue(h.PersonneId, out var d) || h.Id > d.Id)
                droits.Dernieres[h.PersonneId] = new(h.Id, h.DossierId, h.SddOuvert);
            if (h.Entree && (!droits.Entrees.TryGetValue(h.PersonneId, out var e) || h.DateEffet > e))
                droits.Entrees[h.PersonneId] = h.DateEffet;
        }
        return droits;
    }

    // Rows read as values, not objects: France's tables read ~10 million of them (bench/RESULTATS.md, « Tableaux DREES »).
    private readonly record struct DroitLu(int Id, int PersonneId, int DossierId, bool SddOuvert, bool Entree, DateOnly DateEffet);

    private readonly record struct MembreLu(int DossierId, int PersonneId, bool Demandeur, bool Conjoint, bool Enfant, bool Present);

    private readonly record struct PersonneLue(int Id, DateOnly DateNaissance, string? Sexe);

    private readonly record struct DossierLu(int Id, DateOnly DateDemande);

    /// <summary>A foyer as its present members describe it so far: the applicant (0 when none yet), a spouse, children.</summary>
    private readonly record struct CompositionFoyer(int DemandeurId, bool Couple, bool Enfants)
    {
        public CompositionFoyer Avec(MembreLu m) =>
            m.Demandeur ? this with { DemandeurId = Math.Max(DemandeurId, m.PersonneId) } : m.Conjoint ? this with { Couple = true } : m.Enfant ? this with { Enfants = true } : this;
    }

    private readonly record struct DiagnosticLu(int PersonneId, int Numero, DateTimeOffset EtabliLe, Diagnostic.NiveauFormation? NiveauFormation);

    /// <summary>The latest right row: open (or not yet defined) and SDD, in that dossier.</summary>
    private readonly record struct DernierDroit(int Id, int DossierId, bool SddOuvert);

    private sealed record DroitsAu(Dictionary<int, DernierDroit> Dernieres, Dictionary<int, DateOnly> Entrees);
}
