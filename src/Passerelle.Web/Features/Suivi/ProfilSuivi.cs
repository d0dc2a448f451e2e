using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Suivi;

/// <summary>
/// Who the current user is to one person's follow-up: their current référent, an agent of the
/// département, or another professional who reaches them (structure head, team member). The person
/// is already within the user's scope (<see cref="Dossiers.PerimetreDossiers"/>) when this is asked.
/// </summary>
public sealed record RolesSuivi(string UtilisateurId, string Nom, bool EstReferent, bool EstAgent)
{
    /// <summary>The référent or an agent decides on the team and records the consent.</summary>
    public bool DecideEquipe => EstReferent || EstAgent;
}

public sealed class ProfilSuivi(AppDbContext db, CurrentUser user)
{
    public string Nom => user.NomComplet ?? user.Email ?? "?";

    public async Task<RolesSuivi> PourAsync(int personneId, CancellationToken ct)
    {
        var id = user.Id ?? "";
        var referent = await ReferentAsync(personneId, ct);
        return new(id, Nom, referent == id, user.A(Role.AgentDepartemental));
    }

    public Task<string?> ReferentAsync(int personneId, CancellationToken ct) =>
        db.Set<DesignationReferent>().Where(d => d.PersonneId == personneId && d.DateFin == null).Select(d => d.ReferentId).FirstOrDefaultAsync(ct);
}
