using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Communes;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Cohortes;

public enum TriCohorte { Echeance, Entree, Nom }

/// <summary>A row of a queue as read: the parcours, its person and the deadlines to show.</summary>
public sealed record LigneCohorte(int ParcoursId, int Version, int PersonneId, string Nom, string Prenoms, DateOnly DateNaissance,
    string? CodeInsee, DateOnly DateEntree, EtapeParcours Etape, TypeOrientation? TypeOrientation, int? StructureId,
    DateOnly EcheanceOrientation, DateOnly? EcheancePremierRdv, DateOnly? EcheanceContrat, DateOnly? EcheanceProchaine);

/// <summary>
/// The parcours of the queues within the user's scope (<see cref="PerimetreDossiers"/>), judged on
/// today's date from the injected clock. Shared by the overview, the queue page and the bulk
/// actions so that what is counted, shown and processed is the same set.
/// </summary>
public sealed class RequeteCohorte(PerimetreDossiers perimetreDossiers, AppDbContext db, CommunesDuDepartement communes, CacheDepartement cache, HeureLegale heure)
{
    /// <summary>The most persons one bulk action processes, so a click stays within a request's time.</summary>
    public const int LimiteSelection = 500;

    public PerimetreDossiers Perimetre { get; } = perimetreDossiers;

    public DateOnly Aujourdhui { get; } = heure.Aujourdhui;

    public IQueryable<Parcours> DansLePerimetre() => Perimetre.Filtrer(db.Set<Parcours>().AsNoTracking());

    /// <summary>
    /// Every queue's count in the user's scope, in one command, kept by <see cref="CacheDepartement"/>
    /// until a parcours or a designation of the département changes (the late queues also by day).
    /// </summary>
    public async Task<IReadOnlyList<(FileDeTravail File, int Nombre)>> CompterAsync(CancellationToken ct)
    {
        var comptes = await cache.ObtenirAsync(db, $"files:{Perimetre.Cle}:{Aujourdhui:yyyy-MM-dd}", c =>
            db.CompterAsync([.. FilesDeTravail.Toutes.Select(f => f.Appliquer(DansLePerimetre(), Aujourdhui))], c), ct);
        return [.. FilesDeTravail.Toutes.Select((f, i) => (f, comptes[i]))];
    }

    /// <summary>The number of persons in the whole queue (no filter), from the kept counts.</summary>
    public async Task<int> NombreAsync(FileDeTravail file, CancellationToken ct) =>
        (await CompterAsync(ct)).Single(c => c.File == file).Nombre;

    /// <summary>The territoires of the user's scope, by name.</summary>
    public async Task<IReadOnlyDictionary<int, string>> TerritoiresAsync(CancellationToken ct) =>
        (await TerritoiresDuDepartement.ListerAsync(db, cache, ct)).Where(t => Perimetre.Couvre(t.Id)).ToDictionary(t => t.Id, t => t.Nom);

    public async Task<IReadOnlyDictionary<int, string>> StructuresAsync(CancellationToken ct) =>
        (await StructuresDuDepartement.ListerAsync(db, cache, ct)).ToDictionary(s => s.Id, s => s.Nom);

    /// <summary>
    /// The queue's ordered rows matching the filters, and the number of them (from the kept counts when
    /// nothing filters; otherwise counted on the parcours alone, without the join the rows need), or the
    /// reason of each refused filter.
    /// </summary>
    public async Task<(IQueryable<LigneCohorte>? Requete, Func<CancellationToken, Task<int>> Compter, IReadOnlyDictionary<string, string> Erreurs)> PreparerAsync(
        FileDeTravail file, FiltreCohorte filtre, TriCohorte tri, bool decroissant, CancellationToken ct)
    {
        var permis = (await TerritoiresAsync(ct)).Keys.ToList();
        var structures = (await StructuresAsync(ct)).Keys.ToList();
        var (appliquer, erreurs) = await filtre.ResoudreAsync(communes, permis, structures, ct);
        if (appliquer is null) return (null, _ => Task.FromResult(0), erreurs);
        var parcours = appliquer(file.Appliquer(DansLePerimetre(), Aujourdhui), Aujourdhui);
        Func<CancellationToken, Task<int>> compter = filtre.EstVide ? c => NombreAsync(file, c) : c => parcours.CountAsync(c);
        return (Trier(parcours, file, tri, decroissant).Select(p => new LigneCohorte(
            p.Id, p.Version, p.PersonneId, p.Personne!.Nom, p.Personne.Prenoms, p.Personne.DateNaissance, p.CodeInsee, p.DateEntree,
            p.Etape, p.TypeOrientation, p.StructureId, p.EcheanceOrientation, p.EcheancePremierRdv, p.EcheanceContrat, p.EcheanceProchaine)), compter, erreurs);
    }

    public string? NomCommune(string? codeInsee) => codeInsee is null ? null : communes.Trouver(codeInsee)?.Nom ?? codeInsee;

    /// <summary>Ties broken by id so pages never repeat or skip a row.</summary>
    private static IQueryable<Parcours> Trier(IQueryable<Parcours> parcours, FileDeTravail file, TriCohorte tri, bool decroissant)
    {
        var triees = tri switch
        {
            TriCohorte.Entree => decroissant ? parcours.OrderByDescending(p => p.DateEntree) : parcours.OrderBy(p => p.DateEntree),
            TriCohorte.Nom => decroissant ? parcours.OrderByDescending(p => p.Personne!.CleIdentite) : parcours.OrderBy(p => p.Personne!.CleIdentite),
            _ => decroissant ? parcours.OrderByDescending(CleEcheance(file)) : parcours.OrderBy(CleEcheance(file)),
        };
        return triees.ThenBy(p => p.Id);
    }

    private static Expression<Func<Parcours, DateOnly?>> CleEcheance(FileDeTravail file) => file.Retard switch
    {
        TypeEcheance.Orientation => p => p.EcheanceOrientation,
        TypeEcheance.PremierRdv => p => p.EcheancePremierRdv,
        TypeEcheance.Contrat => p => p.EcheanceContrat,
        _ => p => p.EcheanceProchaine,
    };
}
