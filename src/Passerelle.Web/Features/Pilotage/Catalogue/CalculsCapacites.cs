using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Clauses;
using Passerelle.Web.Features.Comites;
using Passerelle.Web.Features.EquipesPluridisciplinaires;
using Passerelle.Web.Features.Immersions;
using Passerelle.Web.Features.OffresEmploi;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <summary>
/// The catalogue's computations on the other capabilities (definitions: <see cref="CatalogueIndicateurs"/>): equipes
/// pluridisciplinaires, comités (through <see cref="IndicateursComites.Calculer"/>), clauses, offers, parrainage, immersions.
/// </summary>
public sealed class CalculsCapacites(AppDbContext db, Regroupement regroupement, HeureLegale heure)
{
    /// <summary>The natures of passage that sanction the duties of CASF L262-37.</summary>
    public static readonly NatureThematique[] DroitsEtDevoirs =
        [NatureThematique.SansContrat, NatureThematique.ContratNonRespecte, NatureThematique.NonInscritFranceTravail, NatureThematique.AbsencesRepetees];

    public IQueryable<FaitCompte> PassagesEp(RequeteIndicateur r, NatureThematique[] natures)
    {
        var (debut, fin) = (heure.DebutDuJourUtc(r.Periode.Du), heure.DebutDuJourUtc(r.Periode.Au.AddDays(1)));
        var dossiers = db.Set<DossierEp>().AsNoTracking().Where(d => natures.Contains(d.Nature) && d.Avis != null && d.Seance!.Debut >= debut && d.Seance.Debut < fin);
        return Regroupement.DansLaPortee(dossiers, r.Portee, d => d.TerritoireId).Select(d => new FaitCompte { Partie = false, Personne = d.PersonneId, Territoire = d.TerritoireId });
    }

    public async Task<ValeurCalculee> PassagesEpAsync(RequeteIndicateur r, NatureThematique[] natures, CancellationToken ct) =>
        await regroupement.NombreAsync(await FaitCompte.CompterAsync(PassagesEp(r, natures), r.Ventilation, ct), r, true, ct);

    private async Task<ChiffresComites> ComitesAsync(RequeteIndicateur r, CancellationToken ct)
    {
        var (du, au) = (r.Periode.Du, r.Periode.Au);
        var comites = db.Set<Comite>().AsNoTracking().Include(c => c.Membres).AsQueryable();
        if (r.FicheActionId is int fiche) comites = comites.Where(c => c.Fiches.Any(f => f.FicheActionId == fiche));
        var liste = await comites.ToListAsync(ct);
        var ids = liste.Select(c => c.Id).ToList();
        var reunions = await db.Set<Reunion>().AsNoTracking().Include(x => x.Presences).Where(x => ids.Contains(x.ComiteId) && x.Date >= du && x.Date <= au).ToListAsync(ct);
        return IndicateursComites.Calculer(du, au, heure.Aujourdhui, liste, reunions, new Dictionary<int, string>());
    }

    public async Task<ValeurCalculee> ReunionsTenuesAsync(RequeteIndicateur r, CancellationToken ct)
    {
        var chiffres = await ComitesAsync(r, ct);
        var lignes = r.Ventilation == Ventilation.Instance ? chiffres.Instances.Select(i => new LigneValeur(i.Nom, i.Tenues)).ToList() : [];
        return ValeurCalculee.Nombre(chiffres.Instances.Sum(i => i.Tenues), lignes);
    }

    public async Task<ValeurCalculee> ParticipationAsync(RequeteIndicateur r, CancellationToken ct)
    {
        var chiffres = await ComitesAsync(r, ct);
        var lignes = r.Ventilation == Ventilation.Institution
            ? chiffres.Institutions.Select(i => new LigneValeur(i.Nom, i.Taux, i.Presente, i.Reunions)).ToList() : [];
        return ValeurCalculee.Taux(chiffres.Institutions.Sum(i => i.Presente), chiffres.Institutions.Sum(i => i.Reunions), lignes);
    }

    public async Task<ValeurCalculee> HeuresClausesAsync(RequeteIndicateur r, CancellationToken ct)
    {
        var (du, au) = (new DateOnly(r.Periode.Du.Year, r.Periode.Du.Month, 1), r.Periode.Au);
        var heures = db.Set<HeuresClause>().AsNoTracking().Where(h => h.Mois >= du && h.Mois <= au)
            .Join(db.Set<MarcheClause>(), h => h.MarcheClauseId, m => m.Id, (h, m) => new { h.Heures, m.TerritoireId, m.FicheActionId });
        if (r.FicheActionId is int fiche) heures = heures.Where(h => h.FicheActionId == fiche);
        heures = Regroupement.DansLaPortee(heures, r.Portee, h => h.TerritoireId);
        var v = r.Ventilation;
        var lignes = await heures.GroupBy(h => v == Ventilation.Territoire ? h.TerritoireId : v == Ventilation.FicheAction ? h.FicheActionId : null)
            .Select(g => new { g.Key, Heures = g.Sum(h => h.Heures) }).ToListAsync(ct);
        var total = lignes.Sum(l => l.Heures);
        if (v is not { } ventilation) return new(total, null, null, []);
        var noms = await regroupement.NomsAsync(ventilation, [.. lignes.Select(l => l.Key).OfType<int>()], ct);
        return new(total, null, null, [.. lignes.Select(l => new LigneValeur(Regroupement.Nommer(l.Key, noms), l.Heures)).OrderBy(l => l.Libelle, StringComparer.Ordinal)]);
    }

    public async Task<ValeurCalculee> MarchesClausesAsync(RequeteIndicateur r, CancellationToken ct)
    {
        var (du, au) = (r.Periode.Du, r.Periode.Au);
        var marches = db.Set<MarcheClause>().AsNoTracking().Where(m => m.DateDebut <= au && m.DateFin >= du);
        if (r.FicheActionId is int fiche) marches = marches.Where(m => m.FicheActionId == fiche);
        var faits = Regroupement.DansLaPortee(marches, r.Portee, m => m.TerritoireId).Select(m => new FaitCompte { Partie = false, Territoire = m.TerritoireId, Fiche = m.FicheActionId });
        return await regroupement.NombreAsync(await FaitCompte.CompterAsync(faits, r.Ventilation, ct), r, false, ct);
    }

    public async Task<ValeurCalculee> OffresCapteesAsync(RequeteIndicateur r, CancellationToken ct)
    {
        var (du, au) = (r.Periode.Du, r.Periode.Au);
        var offres = Regroupement.DansLaPortee(db.Set<OffreEmploi>().AsNoTracking().Where(o => o.DatePublication >= du && o.DatePublication <= au), r.Portee, o => o.TerritoireId);
        return await regroupement.NombreAsync(await FaitCompte.CompterAsync(offres.Select(o => new FaitCompte { Partie = false, Territoire = o.TerritoireId }), r.Ventilation, ct), r, false, ct);
    }

    public IQueryable<FaitCompte> MisesEnRelation(RequeteIndicateur r)
    {
        var (du, au) = (r.Periode.Du, r.Periode.Au);
        var mises = Regroupement.DansLaPortee(db.Set<MiseEnRelation>().AsNoTracking().Where(m => m.DateProposition >= du && m.DateProposition <= au), r.Portee, m => m.Offre!.TerritoireId);
        return mises.Select(m => new FaitCompte { Partie = false, Personne = m.PersonneId, Territoire = m.Offre!.TerritoireId, Rsa = m.Rsa });
    }

    public async Task<ValeurCalculee> MisesEnRelationAsync(RequeteIndicateur r, CancellationToken ct) =>
        await regroupement.NombreAsync(await FaitCompte.CompterAsync(MisesEnRelation(r), r.Ventilation, ct), r, true, ct);

    public async Task<ValeurCalculee> ParrainsActifsAsync(RequeteIndicateur r, CancellationToken ct) =>
        await regroupement.NombreAsync([new Compte(null, false, await db.Set<Parrainage.Parrain>().CountAsync(p => p.Actif, ct))], r, true, ct);

    public async Task<ValeurCalculee> FilleulsAsync(RequeteIndicateur r, CancellationToken ct)
    {
        var (du, au) = (r.Periode.Du, r.Periode.Au);
        var nombre = await db.Set<Parrainage.Parrainage>().Where(p => p.CommenceLe >= du && p.CommenceLe <= au).Select(p => p.PersonneId).Distinct().CountAsync(ct);
        return await regroupement.NombreAsync([new Compte(null, false, nombre)], r, true, ct);
    }

    public async Task<ValeurCalculee> ImmersionsAsync(RequeteIndicateur r, CancellationToken ct)
    {
        var (du, au) = (r.Periode.Du, r.Periode.Au);
        var faits = db.Set<Immersion>().AsNoTracking().Where(i => i.DateDebut >= du && i.DateDebut <= au).Select(i => new FaitCompte { Partie = false, Structure = i.StructureId });
        return await regroupement.NombreAsync(await FaitCompte.CompterAsync(faits, r.Ventilation, ct), r, true, ct);
    }
}
