using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Clauses;

public sealed record Choix(string Id, string Libelle);

/// <summary>What a contract may point at, as the form lists it: the writer's territoires, the fiches-actions, the staff who follow clauses, employers and SIAE.</summary>
public sealed class ChoixMarche(AppDbContext db, AccesClauses acces)
{
    public static readonly TypeStructure[] TypesSiae = [TypeStructure.SiaeAci, TypeStructure.SiaeEi, TypeStructure.SiaeEtti, TypeStructure.SiaeAi];

    private static readonly StringComparer Francais = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), true);

    public async Task<IReadOnlyList<Choix>> TerritoiresAsync(CancellationToken ct)
    {
        var territoires = await db.Territoires.Select(t => new { t.Id, t.Nom }).ToListAsync(ct);
        return [.. territoires.Where(t => acces.Couvre(t.Id)).OrderBy(t => t.Nom, Francais).Select(t => new Choix(t.Id.ToString(CultureInfo.InvariantCulture), t.Nom))];
    }

    public async Task<IReadOnlyList<Choix>> FichesAsync(CancellationToken ct) =>
        [.. (await db.Set<Programmes.ElementProgramme>().Where(e => e.Fiche != null).OrderBy(e => e.ProgrammeId).ThenBy(e => e.Ordre)
            .Select(e => new { e.Id, e.Code, e.Titre }).ToListAsync(ct))
            .Select(e => new Choix(e.Id.ToString(CultureInfo.InvariantCulture), $"{e.Code} – {(e.Titre.Length > 90 ? e.Titre[..90] + "…" : e.Titre)}"))];

    public async Task<IReadOnlyList<Choix>> FacilitateursAsync(CancellationToken ct) =>
        [.. (await db.Habilitations.Where(h => AccesClauses.RolesGestion.Contains(h.Role))
            .Join(db.Users, h => h.UtilisateurId, u => u.Id, (h, u) => new { u.Id, u.Prenom, u.Nom }).Distinct().ToListAsync(ct))
            .OrderBy(u => u.Nom, Francais).Select(u => new Choix(u.Id, $"{u.Prenom} {u.Nom}"))];

    public async Task<IReadOnlyList<Choix>> AttributairesAsync(CancellationToken ct)
    {
        var employeurs = await db.Set<Employeurs.Employeur>().Select(e => new { e.Id, e.RaisonSociale, e.Siret }).ToListAsync(ct);
        var siae = await db.Structures.Where(s => TypesSiae.Contains(s.Type) && s.Actif).Select(s => new { s.Id, s.Nom }).ToListAsync(ct);
        return
        [
            .. employeurs.OrderBy(e => e.RaisonSociale, Francais).Select(e => new Choix($"employeur-{e.Id}", $"{e.RaisonSociale} (SIRET {e.Siret})")),
            .. siae.OrderBy(s => s.Nom, Francais).Select(s => new Choix($"structure-{s.Id}", $"{s.Nom} (SIAE)")),
        ];
    }
}
