using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Contrats;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Accueil;

/// <summary>The référent's validated contracts ending within the alert delay, not yet renewed (Contrats.AlerteEcheance).</summary>
public sealed record FinsDeContrats(int Nombre, int AlerteMois, IReadOnlyList<PersonneEcheance> Premieres);

/// <param name="Nature">What is due, as users name it (« Orientation », « Suivi à 6 mois après la sortie »).</param>
public sealed record PersonneEcheance(int PersonneId, string Nom, string Prenoms, DateOnly Echeance, string Nature, int JoursRetard);

/// <summary>
/// A feature's own deadlines on the home page and in the digest (e.g. follow-ups after exit), registered
/// with <see cref="AccueilRegistration.AddEcheancesCapacite{T}"/>: one block per caseload, or none for this user.
/// </summary>
public interface IEcheancesCapacite
{
    Task<IReadOnlyList<BlocEcheances>> PourAsync(IReadOnlyList<HabilitationCourante> habilitations, string utilisateurId, DateOnly aujourdhui, CancellationToken ct);
}

/// <summary>One caseload's deadlines: how many are late, how many fall within the week, and the first ones.</summary>
public sealed record BlocEcheances(string Titre, int EnRetard, int CetteSemaine, IReadOnlyList<PersonneEcheance> Premieres)
{
    public int Total => EnRetard + CetteSemaine;
}

/// <summary>
/// What is late or due within <see cref="HorizonJours"/> days for a user (issue 4 §7), one block per
/// way they reach persons: an agent their scope (<see cref="PerimetreDossiers"/>), a référent their
/// portefeuille (the parcours's référent), a structure head their structure's parcours. Each block
/// reads its first rows on the parcours's next deadline (indexed with the département, the référent);
/// its two counts, which read every due parcours of the caseload, are kept by <see cref="CacheDepartement"/>
/// until a parcours of the département changes. Used by the home page and by the daily digest, so both say the same.
/// </summary>
public sealed class EcheancesUtilisateur(FabriquePerimetreDossiers perimetres, AppDbContext db, CacheDepartement cache, ReglesContratsEnVigueur reglesContrats,
    HeureLegale heure, IEnumerable<IEcheancesCapacite> capacites)
{
    public const int HorizonJours = 7;
    public const int NombreAffiche = 10;

    public DateOnly Aujourdhui { get; } = heure.Aujourdhui;

    public async Task<IReadOnlyList<BlocEcheances>> PourAsync(IReadOnlyList<HabilitationCourante> habilitations, string utilisateurId, CancellationToken ct)
    {
        var blocs = new List<BlocEcheances>();
        var parcours = db.Set<Parcours>().AsNoTracking();
        if (habilitations.Any(h => h.Role == Role.AgentDepartemental))
        {
            var perimetre = perimetres.Pour(habilitations, utilisateurId);
            blocs.Add(await LireAsync("Dans votre périmètre", $"perimetre:{perimetre.Cle}", perimetre.Filtrer(parcours), ct));
        }
        if (habilitations.Any(h => h.Role == Role.Referent))
            blocs.Add(await LireAsync("Votre portefeuille", $"referent:{utilisateurId}", parcours.Where(p => p.ReferentId == utilisateurId), ct));
        var structures = habilitations.Where(h => h.Role == Role.ResponsableStructure && h.StructureId is not null).Select(h => h.StructureId!.Value).Order().ToList();
        if (structures.Count > 0)
            blocs.Add(await LireAsync("Votre structure", $"structures:{string.Join(',', structures)}",
                parcours.Where(p => p.StructureId != null && structures.Contains(p.StructureId.Value)), ct));
        foreach (var capacite in capacites) blocs.AddRange(await capacite.PourAsync(habilitations, utilisateurId, Aujourdhui, ct));
        return blocs;
    }

    /// <returns>null for a user who is not a référent.</returns>
    public async Task<FinsDeContrats?> FinsDeContratsAsync(IReadOnlyList<HabilitationCourante> habilitations, string utilisateurId, CancellationToken ct)
    {
        if (!habilitations.Any(h => h.Role == Role.Referent)) return null;
        var aujourdhui = Aujourdhui;
        var alerte = (await reglesContrats.ObtenirAsync(ct)).AlerteAvantFinMois;
        var contrats = db.Set<Contrat>().AsNoTracking();
        var dues = from c in AlerteEcheance.AEcheance(contrats, contrats, aujourdhui, AlerteEcheance.Limite(aujourdhui, alerte))
                   join p in db.Set<Parcours>().AsNoTracking() on c.ParcoursId equals p.Id
                   where p.ReferentId == utilisateurId && p.DateCloture == null
                   select new { c.PersonneId, p.Personne!.Nom, p.Personne.Prenoms, c.DateFin, c.Id };
        var premieres = await dues.OrderBy(x => x.DateFin).ThenBy(x => x.Id).Take(NombreAffiche).ToListAsync(ct);
        var nombre = premieres.Count < NombreAffiche ? premieres.Count : await dues.CountAsync(ct);
        return new FinsDeContrats(nombre, alerte, premieres.Select(x => new PersonneEcheance(x.PersonneId, x.Nom, x.Prenoms, x.DateFin, TypeEcheance.Contrat.Libelle(), 0)).ToList());
    }

    /// <param name="cle">The caseload, for the kept counts.</param>
    private async Task<BlocEcheances> LireAsync(string titre, string cle, IQueryable<Parcours> parcours, CancellationToken ct)
    {
        var aujourdhui = Aujourdhui;
        var limite = aujourdhui.AddDays(HorizonJours);
        var dues = parcours.Where(p => p.DateCloture == null && p.EcheanceProchaine != null && p.EcheanceProchaine <= limite);
        var lignes = await dues.OrderBy(p => p.EcheanceProchaine).ThenBy(p => p.Id).Take(NombreAffiche)
            .Select(p => new { p.PersonneId, p.Personne!.Nom, p.Personne.Prenoms, Echeance = p.EcheanceProchaine!.Value, Type = p.TypeEcheanceProchaine })
            .ToListAsync(ct);
        var (enRetard, total) = lignes.Count == 0 ? (0, 0) : await cache.ObtenirAsync(db, $"echeances:{cle}:{aujourdhui:yyyy-MM-dd}", async c =>
        {
            var comptes = await db.CompterAsync([dues.Where(x => x.EcheanceProchaine < aujourdhui), dues], c);
            return (comptes[0], comptes[1]);
        }, ct);
        return new BlocEcheances(titre, enRetard, total - enRetard, lignes.Select(l => new PersonneEcheance(
            l.PersonneId, l.Nom, l.Prenoms, l.Echeance, (l.Type ?? TypeEcheance.Orientation).Libelle(), Math.Max(0, aujourdhui.DayNumber - l.Echeance.DayNumber))).ToList());
    }
}
