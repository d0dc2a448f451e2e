using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Envois;

namespace Passerelle.Web.Features.Agenda;

/// <summary>
/// The messages of invitations, convocations and their reminders. Channels: an e-mail when the
/// person has an address, an SMS when they have a phone (a landline fails with its reason on the
/// person's page), and for invitations and convocations a letter to print — the legal trace a
/// département keeps. Reminders go by e-mail and SMS only: a letter would arrive too late. Each
/// message has an idempotence key (<c>convocation:12</c>, <c>rappel-rdv:12</c>…) so it is sent at
/// most once per channel, even by two instances (see <see cref="ServiceEnvois"/>).
/// </summary>
public sealed class NotificationsRendezVous(AppDbContext db, ServiceEnvois envois)
{
    private const string ServiceParDefaut = "le service insertion du Département";

    /// <returns>A French summary of what was sent, for the action's message.</returns>
    public async Task<string> InvitationAsync(int invitationId, CancellationToken ct, bool relance = false)
    {
        var invitation = await db.Set<Invitation>().AsNoTracking().FirstAsync(i => i.Id == invitationId, ct);
        var champs = new Dictionary<string, string>
        {
            [ChampsFusion.TypeRdv] = invitation.Type.Libelle().ToLowerInvariant(),
            [ChampsFusion.DateLimite] = ChampsPersonne.FormaterDate(invitation.ExpireLe),
            [ChampsFusion.Structure] = ServiceParDefaut,
        };
        return relance
            ? await EnvoyerAsync(invitation.PersonneId, ModelesParDefaut.RelanceInvitation, champs, $"relance-invitation:{invitation.Id}", courrier: false, ct)
            : await EnvoyerAsync(invitation.PersonneId, ModelesParDefaut.Invitation, champs, $"invitation:{invitation.Id}", courrier: true, ct);
    }

    /// <returns>A French summary of what was sent, for the action's message.</returns>
    public async Task<string> ConvocationAsync(int rendezVousId, CancellationToken ct, bool rappel = false)
    {
        var rdv = await db.Set<RendezVous>().AsNoTracking().FirstAsync(r => r.Id == rendezVousId, ct);
        var structure = rdv.StructureId is int s ? await db.Structures.Where(x => x.Id == s).Select(x => x.Nom).FirstOrDefaultAsync(ct) : null;
        var local = HeureLegale.VersParis(rdv.Debut);
        var champs = new Dictionary<string, string>
        {
            [ChampsFusion.TypeRdv] = rdv.Type.Libelle().ToLowerInvariant(),
            [ChampsFusion.DateRdv] = ChampsPersonne.FormaterDate(DateOnly.FromDateTime(local)),
            [ChampsFusion.HeureRdv] = local.ToString("HH' h 'mm", System.Globalization.CultureInfo.InvariantCulture),
            [ChampsFusion.LieuRdv] = rdv.Lieu,
            [ChampsFusion.Structure] = structure ?? ServiceParDefaut,
            [ChampsFusion.DateLimite] = ChampsPersonne.FormaterDate(DateOnly.FromDateTime(local).AddDays(-1)),
        };
        return rappel
            ? await EnvoyerAsync(rdv.PersonneId, ModelesParDefaut.RappelRdv, champs, $"rappel-rdv:{rdv.Id}", courrier: false, ct)
            : await EnvoyerAsync(rdv.PersonneId, ModelesParDefaut.Convocation, champs, $"convocation:{rdv.Id}", courrier: true, ct);
    }

    private async Task<string> EnvoyerAsync(int personneId, string modele, IReadOnlyDictionary<string, string> champs, string cle, bool courrier, CancellationToken ct)
    {
        var personne = await db.Personnes.AsNoTracking().FirstAsync(p => p.Id == personneId, ct);
        var canaux = new List<CanalEnvoi>();
        if (!string.IsNullOrWhiteSpace(personne.Email)) canaux.Add(CanalEnvoi.Email);
        if (!string.IsNullOrWhiteSpace(personne.Telephone)) canaux.Add(CanalEnvoi.Sms);
        if (courrier) canaux.Add(CanalEnvoi.Courrier);
        var bilan = new List<string>();
        foreach (var canal in canaux)
        {
            var resultat = await envois.EnvoyerAsync(personne, canal, modele, champs, cle, ct);
            bilan.Add(resultat.Issue switch
            {
                IssueEnvoi.Echec => $"{Libelle(canal)} : échec ({resultat.Erreur})",
                IssueEnvoi.DejaTraite => $"{Libelle(canal)} : déjà envoyé",
                _ => canal == CanalEnvoi.Courrier ? "courrier à imprimer" : $"{Libelle(canal)} envoyé",
            });
        }
        return bilan.Count == 0 ? "Aucun moyen de contact connu : rien n'a été envoyé." : string.Join(" ; ", bilan) + ".";
    }

    private static string Libelle(CanalEnvoi canal) => canal switch
    {
        CanalEnvoi.Email => "e-mail",
        CanalEnvoi.Sms => "SMS",
        _ => "courrier",
    };
}
