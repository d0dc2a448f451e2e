using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Employeurs;
using Passerelle.Web.Features.Sorties;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.OffresEmploi;

/// <summary>
/// One row of a breakdown: offers captured (and their posts), mises en relation, hires, durable hires, and the exits
/// « emploi durable » the référent confirmed from those hires.
/// </summary>
public sealed record LigneIndicateurOffres(string Libelle, int Offres, int Postes, int MisesEnRelation, int Embauches, int EmbauchesDurables, int SortiesDurables);

public sealed record LigneContratOffres(TypeContratOffre Type, int Embauches, int Durables);

public sealed record IndicateursOffres(DateOnly Du, DateOnly Au, LigneIndicateurOffres Total, int MisesRsa, int MisesHorsRsa, int EmbauchesRsa, int EmbauchesHorsRsa,
    int EmbauchesPetitesEntreprises, IReadOnlyList<LigneContratOffres> ParContrat,
    IReadOnlyList<LigneIndicateurOffres> ParEmployeur, IReadOnlyList<LigneIndicateurOffres> ParTerritoire, IReadOnlyList<LigneIndicateurOffres> ParRome);

/// <summary>
/// The live counts of the way to work's offers (Sarthe I5, docs/indicators.md): offers captured, mises en relation and hires
/// in a period — offers by publication date, mises en relation by proposal date, hires by contract start — by employer,
/// territoire, ROME, contract, RSA or not, and hires in firms under 50 employees. Pilots and readers count the whole
/// département; chargés and agents the offers of the employers they reach. The figures change only when an offer, a
/// mise en relation, an exit or an employer is written: they are kept by <see cref="CacheDepartement"/> per period and
/// perimeter until then (<see cref="SuiviEcritures"/>).
/// </summary>
public sealed class IndicateursOffresEmploi(AppDbContext db, AccesOffresEmploi acces, AccesEmployeurs employeurs, CurrentUser user, CacheDepartement cache)
{
    private static readonly TrancheEffectif[] PetitesEntreprises = [TrancheEffectif.Aucun, TrancheEffectif.UnANeuf, TrancheEffectif.DixAQuaranteNeuf];

    /// <summary>A hire is durable as an exit « emploi durable » is (primer §4): a CDI, or a contract of 6 months or more.</summary>
    public static bool EstDurable(TypeContratOffre type, int? dureeMois) => type == TypeContratOffre.Cdi || dureeMois >= LibellesSortie.DureeEmploiDurableMois;

    /// <summary>
    /// An exit is attributable to a mise en relation when the hire proposed it: same person, dated from the contract's start
    /// (<see cref="PropositionSortieEmploi"/>), confirmed by the référent as « emploi durable » — the confirmation, not the
    /// hire, says whether the job is durable, since the référent may correct the contract.
    /// </summary>
    private IQueryable<Sortie> SortiesDurablesConfirmees => db.Set<Sortie>().AsNoTracking()
        .Where(s => s.Statut == StatutSortie.Enregistree && s.Motif == MotifSortie.Emploi && s.Situation == SituationEmploi.EmploiDurable);

    public Task<IndicateursOffres> CalculerAsync(DateOnly du, DateOnly au, CancellationToken ct)
    {
        var toutes = user.A(Role.PiloteProgramme) || user.A(Role.Lecteur) || acces.ToutesLesOffres;
        var perimetre = toutes ? "departement" : string.Join(',', employeurs.Territoires.Order());
        return cache.ObtenirAsync(db, $"offres-emploi:{du:yyyyMMdd}-{au:yyyyMMdd}:{perimetre}", Lues, c => CalculerSansCacheAsync(du, au, toutes, c), ct);
    }

    /// <summary>The tables the figures are drawn from: only their writes recompute them.</summary>
    private static readonly Type[] Lues = [typeof(OffreEmploi), typeof(MiseEnRelation), typeof(Sortie), typeof(Employeur), typeof(Territoire)];

    private async Task<IndicateursOffres> CalculerSansCacheAsync(DateOnly du, DateOnly au, bool toutes, CancellationToken ct)
    {
        var offres = toutes ? db.Set<OffreEmploi>().AsNoTracking() : acces.Gerees(db.Set<OffreEmploi>().AsNoTracking());
        var captees = await offres.Where(o => o.DatePublication >= du && o.DatePublication <= au)
            .Select(o => new Fait(o.EmployeurId, o.Employeur!.RaisonSociale, o.Employeur.Effectif, o.TerritoireId, o.CodeRome, o.NombrePostes, false, null, null, false))
            .ToListAsync(ct);
        var mises = db.Set<MiseEnRelation>().AsNoTracking();
        if (!toutes)
        {
            // A territory's offers are a few hundred ids: a plain IN, where a correlated subquery made SQLite walk every pair.
            var ids = await offres.Select(o => o.Id).ToListAsync(ct);
            mises = mises.Where(m => ids.Contains(m.OffreEmploiId));
        }
        var proposees = await mises.Where(m => m.DateProposition >= du && m.DateProposition <= au)
            .Select(m => new Fait(m.Offre!.EmployeurId, m.Offre.Employeur!.RaisonSociale, m.Offre.Employeur.Effectif, m.Offre.TerritoireId, m.Offre.CodeRome, 0, m.Rsa, null, null, false))
            .ToListAsync(ct);
        var embauches = await mises.Where(m => m.Statut == StatutMiseEnRelation.Embauchee && m.DateDebut >= du && m.DateDebut <= au)
            .Select(m => new Fait(m.Offre!.EmployeurId, m.Offre.Employeur!.RaisonSociale, m.Offre.Employeur.Effectif, m.Offre.TerritoireId, m.Offre.CodeRome, 0, m.Rsa, m.TypeContrat, m.DureeMois,
                SortiesDurablesConfirmees.Any(s => s.PersonneId == m.PersonneId && s.DateSortie == m.DateDebut)))
            .ToListAsync(ct);
        var territoires = await db.Set<Territoire>().AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Nom, ct);
        // One pass per breakdown: filtering the facts again for each employer or ROME code made a year of a département quadratic.
        IReadOnlyList<LigneIndicateurOffres> Par(Func<Fait, string> cle)
        {
            var (c, p, e) = (captees.ToLookup(cle), proposees.ToLookup(cle), embauches.ToLookup(cle));
            return [.. c.Select(g => g.Key).Union(p.Select(g => g.Key)).Union(e.Select(g => g.Key)).Order(StringComparer.Ordinal)
                .Select(k => Ligne(k, c[k], p[k], e[k]))];
        }
        return new IndicateursOffres(du, au, Ligne("Total", captees, proposees, embauches),
            proposees.Count(f => f.Rsa), proposees.Count(f => !f.Rsa), embauches.Count(f => f.Rsa), embauches.Count(f => !f.Rsa),
            embauches.Count(f => PetitesEntreprises.Contains(f.Effectif)),
            [.. embauches.GroupBy(f => f.Contrat!.Value).OrderBy(g => g.Key).Select(g => new LigneContratOffres(g.Key, g.Count(), g.Count(f => EstDurable(f.Contrat!.Value, f.Duree))))],
            Par(f => f.Employeur), Par(f => f.TerritoireId is int t && territoires.TryGetValue(t, out var nom) ? nom : "Sans territoire"), Par(f => f.Rome));
    }

    private static LigneIndicateurOffres Ligne(string libelle, IEnumerable<Fait> captees, IEnumerable<Fait> proposees, IEnumerable<Fait> embauches)
    {
        var e = embauches.ToList();
        return new(libelle, captees.Count(), captees.Sum(f => f.Postes), proposees.Count(), e.Count, e.Count(f => EstDurable(f.Contrat!.Value, f.Duree)), e.Count(f => f.SortieDurable));
    }

    private sealed record Fait(int EmployeurId, string Employeur, TrancheEffectif Effectif, int? TerritoireId, string Rome, int Postes, bool Rsa,
        TypeContratOffre? Contrat, int? Duree, bool SortieDurable);
}
