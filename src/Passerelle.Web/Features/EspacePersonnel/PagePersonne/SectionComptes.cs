using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.EspacePersonnel.PagePersonne;

public sealed record CompteRattache(int LienId, string Nom, string Email, DateTime Depuis, string Par);

public sealed record FicheComptes(int PersonneId, IReadOnlyList<CompteRattache> Comptes);

/// <summary>The beneficiary accounts tied to the person, and the form to tie one: agents only (they answer the person's request).</summary>
public sealed class SectionComptes(AppDbContext db, CurrentUser user) : ISectionPersonne
{
    public int Ordre => 950;
    public string Vue => "/Features/EspacePersonnel/PagePersonne/_Section.cshtml";
    public EntreeSommaire? Sommaire => new("Espace personnel", "espace-personnel");

    public async Task<object?> ChargerAsync(Personne personne, CancellationToken ct)
    {
        if (!user.A(Role.AgentDepartemental)) return null;
        var comptes = await db.Set<LienEspacePersonnel>().AsNoTracking().Where(l => l.PersonneId == personne.Id)
            .Join(db.Users, l => l.UtilisateurId, u => u.Id, (l, u) => new CompteRattache(l.Id, u.Prenom + " " + u.Nom, u.Email ?? "", l.CreeLe, l.CreePar))
            .ToListAsync(ct);
        return new FicheComptes(personne.Id, comptes);
    }
}
