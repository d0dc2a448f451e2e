using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Communes;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;

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
public sealed class RequeteCohorte(AppDbContext db, CurrentUser user, CommunesDuDepartement communes, HeureLegale heure)
{
    /// <summary>The most persons one bulk action processes, so a click stays within a request's time.</summary>
    public const int LimiteSelection = 500;

    private Dictionary<int, string>? territoires;

    public PerimetreDossiers Perimetre { get; } = PerimetreDossiers.De(user, db);

    public DateOnly Aujourdhui { get; } = heure.Aujourdhui;

    public IQueryable<Parcours> DansLePerimetre() => Perimetre.Filtrer(db.Set<Parcours>().AsNoTracking());

    public async Task<IReadOnlyList<(FileDeTravail File, int Nombre)>> CompterAsync(CancellationToken ct)
    {
        var comptes = new List<(FileDeTravail, int)>();
        foreach (var file in FilesDeTravail.Toutes)
            comptes.Add((file, await file.Appliquer(DansLePerimetre(), Aujourdhui).CountAsync(ct)));
        return comptes;
    }

    public async Task<IReadOnlyDictionary<int, string>> TerritoiresAsync(CancellationToken ct) =>
        territoires ??= await Perimetre.Filtrer(db.Territoires.AsNoTracking()).OrderBy(t => t.Nom).ToDictionaryAsync(t => t.Id, t => t.Nom, ct);

    public async Task<IReadOnlyDictionary<int, string>> StructuresAsync(CancellationToken ct) =>
        await db.Structures.AsNoTracking().OrderBy(s => s.Nom).ToDictionaryAsync(s => s.Id, s => s.Nom, ct);

    /// <summary>The queue's ordered rows matching the filters, or the reason of each refused filter.</summary>
    public async Task<(IQueryable<LigneCohorte>? Requete, IReadOnlyDictionary<string, string> Erreurs)> PreparerAsync(
        FileDeTravail file, FiltreCohorte filtre, TriCohorte tri, bool decroissant, CancellationToken ct)
    {
        var permis = (await TerritoiresAsync(ct)).Keys.ToList();
        var structures = (await StructuresAsync(ct)).Keys.ToList();
        var (appliquer, erreurs) = await filtre.ResoudreAsync(communes, permis, structures, ct);
        if (appliquer is null) return (null, erreurs);
        var parcours = appliquer(file.Appliquer(DansLePerimetre(), Aujourdhui), Aujourdhui);
        return (Trier(parcours, file, tri, decroissant).Select(p => new LigneCohorte(
            p.Id, p.Version, p.PersonneId, p.Personne!.Nom, p.Personne.Prenoms, p.Personne.DateNaissance, p.CodeInsee, p.DateEntree,
            p.Etape, p.TypeOrientation, p.StructureId, p.EcheanceOrientation, p.EcheancePremierRdv, p.EcheanceContrat, p.EcheanceProchaine)), erreurs);
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
