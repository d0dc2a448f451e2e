using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Web.Features.Pilotage.TableauDeBord;

/// <summary>The levels a dashboard is drawn at (issue 17, item 3).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NiveauTableau>))]
public enum NiveauTableau { Departement, Territoire, Structure, Action, FicheAction }

/// <summary>One dashboard's subject: a level and, below the département, the territoire, structure, action or fiche-action.</summary>
public sealed record Echelon(NiveauTableau Niveau, int? Id, string Nom)
{
    /// <summary>The value of the level picker and of the links: « territoire-12 », « departement ».</summary>
    public string Valeur => Id is int id ? $"{Niveau.ToString().ToLowerInvariant()}-{id}" : "departement";
}

/// <summary>A choice of the level picker, grouped under its level (a fiche under its programme).</summary>
public sealed record ChoixEchelon(string Groupe, string Valeur, string Libelle);

/// <summary>Reads the dashboards' subjects of the département: their names and the choices of the level picker.</summary>
public sealed class Echelons(AppDbContext db, ITenantContext tenant)
{
    public static (NiveauTableau Niveau, int? Id)? Lire(string? valeur)
    {
        if (string.IsNullOrEmpty(valeur) || valeur == "departement") return (NiveauTableau.Departement, null);
        var tiret = valeur.LastIndexOf('-');
        if (tiret < 0 || !int.TryParse(valeur[(tiret + 1)..], out var id)) return null;
        return Enum.TryParse<NiveauTableau>(valeur[..tiret], ignoreCase: true, out var niveau) && niveau != NiveauTableau.Departement ? (niveau, id) : null;
    }

    /// <returns>The subject with its name, or null when it is not one of the département's.</returns>
    public async Task<Echelon?> TrouverAsync(NiveauTableau niveau, int? id, CancellationToken ct)
    {
        var nom = niveau switch
        {
            NiveauTableau.Departement => await db.Departements.Where(d => d.Id == tenant.DepartementId).Select(d => d.Nom).FirstOrDefaultAsync(ct),
            NiveauTableau.Territoire => await db.Territoires.Where(t => t.Id == id).Select(t => t.Nom).FirstOrDefaultAsync(ct),
            NiveauTableau.Structure => await db.Structures.Where(s => s.Id == id).Select(s => s.Nom).FirstOrDefaultAsync(ct),
            NiveauTableau.Action => await db.Set<ActionInsertion>().Where(a => a.Id == id).Select(a => a.Nom).FirstOrDefaultAsync(ct),
            _ => await Fiches().Where(f => f.Id == id).Select(f => f.Programme + " — " + f.Code + " " + f.Titre).FirstOrDefaultAsync(ct),
        };
        return nom is null ? null : new(niveau, niveau == NiveauTableau.Departement ? null : id, nom);
    }

    /// <summary>Every subject of the département, for the level picker; territoires only those of <paramref name="territoires"/> when given.</summary>
    public async Task<IReadOnlyList<ChoixEchelon>> ChoixAsync(IReadOnlyCollection<int>? territoires, CancellationToken ct)
    {
        var choix = new List<ChoixEchelon> { new("Département", "departement", "Tout le département") };
        choix.AddRange(await db.Territoires.Where(t => territoires == null || territoires.Contains(t.Id)).OrderBy(t => t.Nom)
            .Select(t => new ChoixEchelon("Territoires", "territoire-" + t.Id, t.Nom)).ToListAsync(ct));
        choix.AddRange(await db.Structures.OrderBy(s => s.Nom).Select(s => new ChoixEchelon("Structures", "structure-" + s.Id, s.Nom)).ToListAsync(ct));
        choix.AddRange(await db.Set<ActionInsertion>().Where(a => a.Statut == StatutAction.Publiee).OrderBy(a => a.Nom)
            .Select(a => new ChoixEchelon("Actions de l'offre", "action-" + a.Id, a.Nom)).ToListAsync(ct));
        choix.AddRange(await Fiches().OrderBy(f => f.Programme).ThenBy(f => f.Ordre)
            .Select(f => new ChoixEchelon("Fiches-actions " + f.Programme, "ficheaction-" + f.Id, f.Code + " " + f.Titre)).ToListAsync(ct));
        return choix;
    }

    private IQueryable<FicheProgramme> Fiches() => db.Set<ElementProgramme>().Where(e => e.Niveau == NiveauElement.Fiche || e.Niveau == NiveauElement.SousAction)
        .Join(db.Set<Programme>(), e => e.ProgrammeId, p => p.Id, (e, p) => new FicheProgramme { Id = e.Id, Code = e.Code, Titre = e.Titre, Ordre = e.Ordre, Programme = p.Code });

    private sealed class FicheProgramme
    {
        public int Id { get; init; }
        public required string Code { get; init; }
        public required string Titre { get; init; }
        public int Ordre { get; init; }
        public required string Programme { get; init; }
    }
}
