using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Agenda;

/// <summary>
/// The messages of invitations, convocations and their reminders. Channels: an e-mail when the
/// person has an address, an SMS when they have a phone (a landline fails with its reason on the
/// person's page), and for invitations and convocations a letter to print — the legal trace a
/// département keeps. Reminders go by e-mail and SMS only: a letter would arrive too late. Each
/// message has an idempotence key (<c>convocation:12</c>, <c>rappel-rdv:12</c>…) so it is sent at
/// most once per channel, even by two instances (see <see cref="ServiceEnvois"/>).
/// </summary>
public sealed class NotificationsRendezVous(AppDbContext db, NotificationsPersonne notifications, Reservation.LiensReservation liens, HeureLegale heure) : ISourceCourriers
{
    private const string ServiceParDefaut = "le service insertion du Département";
    private static readonly CanalEnvoi[] AvecCourrier = [CanalEnvoi.Email, CanalEnvoi.Sms, CanalEnvoi.Courrier];
    private static readonly CanalEnvoi[] SansCourrier = [CanalEnvoi.Email, CanalEnvoi.Sms];

    /// <returns>A French summary of what was sent, for the action's message.</returns>
    public async Task<string> InvitationAsync(int invitationId, CancellationToken ct, bool relance = false)
    {
        var (personneId, champs) = await ChampsInvitationAsync(invitationId, ct) ?? throw new InvalidOperationException($"Invitation {invitationId} introuvable.");
        champs[ChampsFusion.LienReservation] = await liens.CreerAsync(invitationId, ct);
        return relance
            ? await notifications.EnvoyerAsync(personneId, ModelesParDefaut.RelanceInvitation, champs, $"relance-invitation:{invitationId}", SansCourrier, ct)
            : await notifications.EnvoyerAsync(personneId, ModelesParDefaut.Invitation, champs, $"invitation:{invitationId}", AvecCourrier, ct);
    }

    /// <returns>A French summary of what was sent, for the action's message.</returns>
    public async Task<string> ConvocationAsync(int rendezVousId, CancellationToken ct, bool rappel = false)
    {
        var (personneId, champs) = await ChampsConvocationAsync(rendezVousId, ct) ?? throw new InvalidOperationException($"Rendez-vous {rendezVousId} introuvable.");
        if (rappel && await db.Set<RendezVous>().Where(r => r.Id == rendezVousId).Select(r => r.CanalRappel).FirstOrDefaultAsync(ct) is { } choisi)
            return await notifications.EnvoyerAsync(personneId, ModelesParDefaut.RappelRdv, champs, $"rappel-rdv:{rendezVousId}", [choisi], ct);
        return rappel
            ? await notifications.EnvoyerAsync(personneId, ModelesParDefaut.RappelRdv, champs, $"rappel-rdv:{rendezVousId}", SansCourrier, ct)
            : await notifications.EnvoyerAsync(personneId, ModelesParDefaut.Convocation, champs, $"convocation:{rendezVousId}", AvecCourrier, ct);
    }

    /// <summary>Invitations and convocations printed again from the journal (reminders have no letter).</summary>
    public async Task<ChampsCourrier?> ChampsAsync(string codeModele, string cle, CancellationToken ct) => codeModele switch
    {
        ModelesParDefaut.Invitation when SourcesCourriers.Identifiant(cle, "invitation:") is int id => await ChampsInvitationAsync(id, ct),
        ModelesParDefaut.Convocation when SourcesCourriers.Identifiant(cle, "convocation:") is int id => await ChampsConvocationAsync(id, ct),
        _ => null,
    };

    /// <summary>The merge fields of an invitation, also used to print its letter again; null if it does not exist.</summary>
    public async Task<ChampsCourrier?> ChampsInvitationAsync(int invitationId, CancellationToken ct)
    {
        var invitation = await db.Set<Invitation>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == invitationId, ct);
        if (invitation is null) return null;
        return new ChampsCourrier(invitation.PersonneId, new Dictionary<string, string>
        {
            [ChampsFusion.TypeRdv] = invitation.Type.Libelle().ToLowerInvariant(),
            [ChampsFusion.DateLimite] = ChampsPersonne.FormaterDate(invitation.ExpireLe),
            [ChampsFusion.Structure] = ServiceParDefaut,
        });
    }

    /// <summary>The merge fields of a convocation, also used to print its letter again; null if it does not exist.</summary>
    public async Task<ChampsCourrier?> ChampsConvocationAsync(int rendezVousId, CancellationToken ct)
    {
        var rdv = await db.Set<RendezVous>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == rendezVousId, ct);
        if (rdv is null) return null;
        var structure = rdv.StructureId is int s ? await db.Structures.Where(x => x.Id == s).Select(x => x.Nom).FirstOrDefaultAsync(ct) : null;
        var local = heure.Local(rdv.Debut);
        return new ChampsCourrier(rdv.PersonneId, new Dictionary<string, string>
        {
            [ChampsFusion.TypeRdv] = rdv.Type.Libelle().ToLowerInvariant(),
            [ChampsFusion.DateRdv] = ChampsPersonne.FormaterDate(DateOnly.FromDateTime(local)),
            [ChampsFusion.HeureRdv] = local.ToString("HH' h 'mm", System.Globalization.CultureInfo.InvariantCulture),
            [ChampsFusion.LieuRdv] = rdv.Lieu,
            [ChampsFusion.Structure] = structure ?? ServiceParDefaut,
            [ChampsFusion.DateLimite] = ChampsPersonne.FormaterDate(DateOnly.FromDateTime(local).AddDays(-1)),
        });
    }
}
