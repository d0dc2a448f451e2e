using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Parrainage;

/// <summary>
/// Who reaches which pairing. A mentor: their own pairings only, and of the person only what was shared — no rule opens
/// the person (<see cref="IAccesPersonnes"/>) to them, so the person page, search, dossiers and their API stay closed.
/// The person's side: the pairings of the persons of their scope (<see cref="PerimetreDossiers"/>); it proposes when it is
/// the person's référent or an agent.
/// </summary>
public sealed class AccesParrainages(CurrentUser user, PerimetreDossiers perimetre, AppDbContext db)
{
    private static readonly Role[] RolesAccompagnants = [Role.AgentDepartemental, Role.Referent, Role.ResponsableStructure];

    public bool EstAccompagnant => user.Habilitations.Any(h => RolesAccompagnants.Contains(h.Role));

    public string? UtilisateurId => user.Id;

    public IQueryable<Parrainage> Visibles()
    {
        var parrainages = db.Set<Parrainage>().AsQueryable();
        var id = user.Id;
        var miens = db.Set<Parrain>().Where(p => p.UtilisateurId == id).Select(p => p.Id);
        if (!EstAccompagnant) return user.A(Role.Parrain) ? parrainages.Where(p => miens.Contains(p.ParrainId)) : parrainages.Where(p => false);
        if (perimetre.ToutLeDepartement) return parrainages;
        var suivies = perimetre.Filtrer(db.Personnes).Select(p => p.Id);
        return parrainages.Where(p => suivies.Contains(p.PersonneId) || miens.Contains(p.ParrainId));
    }

    /// <summary>The mentor of this pairing acts as mentor; anyone else who reaches it acts for the person.</summary>
    public async Task<ActeurParrainage> ActeurAsync(Parrainage parrainage, CancellationToken ct) =>
        await db.Set<Parrain>().AnyAsync(p => p.Id == parrainage.ParrainId && p.UtilisateurId == user.Id, ct) ? ActeurParrainage.Parrain : ActeurParrainage.Accompagnant;

    /// <returns>null when this user may propose a pairing to the person, else why not (a person out of scope reads as unknown).</returns>
    public async Task<string?> RefusPropositionAsync(int personneId, CancellationToken ct)
    {
        if (!EstAccompagnant || !await perimetre.Filtrer(db.Personnes).AnyAsync(p => p.Id == personneId, ct)) return ServiceParrainages.Introuvable.Message;
        var parcours = await db.Set<Parcours>().AsNoTracking().Where(p => p.PersonneId == personneId && p.DateCloture == null).Select(p => new { p.ReferentId }).FirstOrDefaultAsync(ct);
        if (parcours is null) return "La personne n'a pas de parcours en cours : on ne peut lui proposer de parrainage.";
        var agent = user.A(Role.AgentDepartemental);
        return agent || (parcours.ReferentId == user.Id && user.A(Role.Referent)) ? null : "Seul le référent de la personne ou un agent peut lui proposer un parrainage.";
    }
}
