using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Utilisateurs;

namespace Passerelle.Web.Features.Accueil;

public sealed class IndexModel(CurrentUser user, AppDbContext db) : PageModel
{
    public sealed record LigneHabilitation(string Role, string Perimetre);

    public Espace? Espace { get; private set; }
    public string Prenom { get; private set; } = "";
    public IReadOnlyList<LigneHabilitation> Habilitations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var habilitations = user.Habilitations;
        Espace = Espaces.Principal(habilitations.Select(h => h.Role));
        Prenom = (user.NomComplet ?? "").Split(' ')[0];
        var structureIds = habilitations.Where(h => h.StructureId is not null).Select(h => h.StructureId!.Value).ToList();
        var territoireIds = habilitations.Where(h => h.TerritoireId is not null).Select(h => h.TerritoireId!.Value).ToList();
        var structures = await db.Structures.Where(s => structureIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Nom);
        var territoires = await db.Territoires.Where(t => territoireIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Nom);
        Habilitations = habilitations.Select(h => new LigneHabilitation(h.Role.Libelle(), h switch
        {
            { StructureId: int s } => structures.GetValueOrDefault(s, "Structure inconnue"),
            { TerritoireId: int t } => $"Territoire {territoires.GetValueOrDefault(t, "inconnu")}",
            { Role: Role.Beneficiaire } => "Votre dossier",
            _ => "Tout le département",
        })).ToList();
    }
}
