using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Offre;

/// <summary>What a référent looks for: a frein (category of thématiques) or a thématique, a public, a type, the person's commune.</summary>
public sealed record CritereOffre(string? Frein = null, string? Thematique = null, string? Public = null, string? Type = null, string? CodeInsee = null, bool AvecPlaces = false);

/// <summary>How near the action takes place to the person's commune, from the administrative map (the référentiel has no coordinates).</summary>
public enum Proximite { MemeCommune, MemeIntercommunalite, MemeTerritoire, Departement }

/// <param name="PlacesFinancees">The places funded over the period that includes today; null when none is entered.</param>
/// <param name="PlacesLibres">Funded places neither taken by a participant nor promised to an accepted person today.</param>
/// <param name="ProchaineSession">The next session's start from today, null when none is planned.</param>
public sealed record CarteAction(int Id, string Nom, string Structure, string Type, IReadOnlyList<string> Thematiques, string Commune,
    Proximite? Proximite, int? PlacesFinancees, int? PlacesLibres, DateOnly? ProchaineSession, int? JoursAvantSession);

/// <summary>
/// The published offer of the département as référents search it. Actions open to the person's territoire only
/// (an action without territoires is open to the whole département), nearest first: same commune, same
/// intercommunalité, same territoire. Each card says the places funded and free now and how long until the next session.
/// </summary>
public sealed class RechercheOffre(AppDbContext db, Communes.Communes communes, HeureLegale heure, IOccupationActions occupation)
{
    public const int Maximum = 100;

    public async Task<IReadOnlyList<CarteAction>> ChercherAsync(CritereOffre c, CancellationToken ct)
    {
        var aujourdhui = heure.Aujourdhui;
        var actions = db.Set<ActionInsertion>().AsNoTracking().Where(a => a.Statut == StatutAction.Publiee);
        if (c.Thematique is { Length: > 0 } thematique) actions = actions.Where(a => a.Thematiques.Contains(thematique));
        else if (c.Frein is { Length: > 0 } frein)
        {
            var prefixe = frein + "--";
            actions = actions.Where(a => a.Thematiques.Any(t => t.StartsWith(prefixe)));
        }
        if (c.Public is { Length: > 0 } publicVise) actions = actions.Where(a => a.Publics.Contains(publicVise) || a.Publics.Contains("tous-publics"));
        if (c.Type is { Length: > 0 } type) actions = actions.Where(a => a.Type == type);
        if (c.AvecPlaces) actions = actions.Where(a => a.Places.Any(p => p.Debut <= aujourdhui && p.Fin >= aujourdhui));
        int? territoire = null;
        if (c.CodeInsee is { Length: > 0 } insee)
        {
            territoire = await db.Set<TerritoireCommune>().Where(t => t.CodeInsee == insee).Select(t => (int?)t.TerritoireId).FirstOrDefaultAsync(ct);
            actions = territoire is int t ? actions.Where(a => a.Territoires.Count == 0 || a.Territoires.Contains(t)) : actions.Where(a => a.Territoires.Count == 0);
        }
        var lignes = await actions.OrderBy(a => a.Nom).Take(Maximum * 5).Select(a => new
        {
            a.Id,
            a.Nom,
            a.Type,
            a.Thematiques,
            a.CodeInsee,
            Structure = db.Structures.Where(s => s.Id == a.StructureId).Select(s => s.Nom).First(),
            Places = a.Places.Where(p => p.Debut <= aujourdhui && p.Fin >= aujourdhui).Sum(p => (int?)p.Places),
            Session = a.Sessions.Where(s => s.Debut >= aujourdhui).Min(s => (DateOnly?)s.Debut),
        }).ToListAsync(ct);
        var occupees = await occupation.OccupeesAsync([.. lignes.Select(l => l.Id)], aujourdhui, ct);
        int? Libres(int id, int? places) => places is int p ? Math.Max(0, p - occupees.GetValueOrDefault(id)) : null;
        var lieux = lignes.Select(l => l.CodeInsee).Distinct().ToList();
        var territoires = await db.Set<TerritoireCommune>().Where(t => lieux.Contains(t.CodeInsee)).ToDictionaryAsync(t => t.CodeInsee, t => t.TerritoireId, ct);
        var personne = c.CodeInsee is null ? null : communes.Trouver(c.CodeInsee);
        Proximite? Proche(string codeInsee)
        {
            if (personne is null) return null;
            if (codeInsee == personne.CodeInsee) return Proximite.MemeCommune;
            if (personne.Epci is not null && communes.Trouver(codeInsee)?.Epci == personne.Epci) return Proximite.MemeIntercommunalite;
            return territoire is not null && territoires.GetValueOrDefault(codeInsee) == territoire ? Proximite.MemeTerritoire : Proximite.Departement;
        }
        return [.. lignes.Where(l => !c.AvecPlaces || Libres(l.Id, l.Places) > 0)
            .Select(l => new CarteAction(l.Id, l.Nom, l.Structure, l.Type, l.Thematiques, communes.Trouver(l.CodeInsee)?.Nom ?? l.CodeInsee,
                Proche(l.CodeInsee), l.Places, Libres(l.Id, l.Places), l.Session, l.Session is { } s ? s.DayNumber - aujourdhui.DayNumber : null))
            .OrderBy(l => l.Proximite).ThenBy(l => l.JoursAvantSession ?? int.MaxValue).Take(Maximum)];
    }

    public static string Libelle(Proximite proximite) => proximite switch
    {
        Proximite.MemeCommune => "dans la commune",
        Proximite.MemeIntercommunalite => "dans l'intercommunalité",
        Proximite.MemeTerritoire => "dans le territoire",
        _ => "ailleurs dans le département",
    };
}
