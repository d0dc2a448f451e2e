using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Features.Agenda.Reservation;

public sealed record CreneauPropose(int Id, DateTime Debut, int DureeMinutes, string Lieu, string Structure);

/// <summary>
/// What the person does on the booking page once their birth date is confirmed, in the département of
/// the link: book a free slot of the invitation's type in the structure of their parcours (or those
/// serving their territoire before orientation), cancel it or move it until the day before. A booking
/// is a convocation (same appointment, same messages), audited as « la personne (lien d'invitation) ».
/// Two people taking the last place collide on the slot's version: one gets it.
/// </summary>
public sealed class ServiceReservation(AppDbContext db, ReglesEnVigueur regles, NotificationsRendezVous notifications, AuditJournal audit, HeureLegale heure)
{
    public const string Auteur = "la personne (lien d'invitation)";
    public const int SemainesProposees = 6;
    public const string CreneauPris = "Ce créneau vient d'être pris par quelqu'un d'autre : choisissez-en un autre dans la liste mise à jour.";

    /// <summary>Free slots from tomorrow over the coming weeks (a booking can always be cancelled the day before).</summary>
    public async Task<IReadOnlyList<CreneauPropose>> CreneauxAsync(Invitation invitation, CancellationToken ct)
    {
        var structures = await StructuresAsync(invitation, ct);
        var debut = heure.DebutDuJourUtc(heure.Aujourdhui.AddDays(1));
        var fin = debut.AddDays(7 * SemainesProposees);
        return await db.Set<Creneau>().AsNoTracking()
            .Where(c => c.Type == invitation.Type && c.Debut >= debut && c.Debut < fin && c.Occupes < c.Capacite && structures.Contains(c.StructureId))
            .OrderBy(c => c.Debut).Take(60)
            .Select(c => new CreneauPropose(c.Id, c.Debut, c.DureeMinutes, c.Lieu, db.Structures.Where(s => s.Id == c.StructureId).Select(s => s.Nom).First()))
            .ToListAsync(ct);
    }

    public async Task<ResultatAction> ReserverAsync(int invitationId, int creneauId, CanalEnvoi? canalRappel, CancellationToken ct)
    {
        var invitation = await db.Set<Invitation>().Include(i => i.RendezVous).FirstAsync(i => i.Id == invitationId, ct);
        if (invitation.RendezVous is { Statut: StatutRendezVous.Planifie }) return Annuler(ResultatAction.Refus("Vous avez déjà un rendez-vous : vous pouvez le déplacer ou l'annuler."));
        if (invitation.ExpireLe < heure.Aujourdhui) return Annuler(ResultatAction.Refus("Cette invitation a expiré : contactez le service insertion pour un rendez-vous."));
        return await PrendreAsync(invitation, creneauId, canalRappel, "Rendez-vous pris en ligne", ct);
    }

    /// <summary>Cancels the booked appointment and takes the new slot in one unit of work: if the new slot was just taken, the old one is kept.</summary>
    public async Task<ResultatAction> DeplacerAsync(int invitationId, int creneauId, CancellationToken ct)
    {
        var invitation = await db.Set<Invitation>().Include(i => i.RendezVous).FirstAsync(i => i.Id == invitationId, ct);
        if (await LibererAsync(invitation, ct) is { } refus) return Annuler(refus);
        var ancien = invitation.RendezVous!;
        return await PrendreAsync(invitation, creneauId, ancien.CanalRappel, $"Rendez-vous déplacé en ligne (ancien : {heure.DateEtHeure(ancien.Debut)})", ct);
    }

    public async Task<ResultatAction> AnnulerAsync(int invitationId, CancellationToken ct)
    {
        var invitation = await db.Set<Invitation>().Include(i => i.RendezVous).FirstAsync(i => i.Id == invitationId, ct);
        if (await LibererAsync(invitation, ct) is { } refus) return Annuler(refus);
        var rdv = invitation.RendezVous!;
        invitation.RendezVousId = null;
        invitation.RendezVous = null;
        audit.Enregistrer(ActionsReservation.Annulation, nameof(RendezVous), rdv.Id, $"Rendez-vous du {heure.DateEtHeure(rdv.Debut)} annulé en ligne", utilisateur: Auteur, departementId: invitation.DepartementId);
        return await SauverAsync("Votre rendez-vous est annulé.", ct);
    }

    /// <summary>Whether the person may still change this appointment online: until the day before it.</summary>
    public bool Modifiable(RendezVous rdv) => rdv.Statut == StatutRendezVous.Planifie && heure.Jour(rdv.Debut) > heure.Aujourdhui;

    private async Task<ResultatAction?> LibererAsync(Invitation invitation, CancellationToken ct)
    {
        if (invitation.RendezVous is not { Statut: StatutRendezVous.Planifie } rdv) return ResultatAction.Refus("Vous n'avez pas de rendez-vous à modifier.");
        if (!Modifiable(rdv)) return ResultatAction.Refus("Un rendez-vous ne se modifie en ligne que jusqu'à la veille : appelez le service qui vous reçoit.");
        (rdv.Statut, rdv.StatutPar, rdv.StatutLe) = (StatutRendezVous.Excuse, Auteur, heure.MaintenantUtc);
        if (rdv.CreneauId is int id && await db.Set<Creneau>().FirstOrDefaultAsync(c => c.Id == id, ct) is { } creneau) creneau.Occupes--;
        return null;
    }

    private async Task<ResultatAction> PrendreAsync(Invitation invitation, int creneauId, CanalEnvoi? canalRappel, string message, CancellationToken ct)
    {
        var structures = await StructuresAsync(invitation, ct);
        var creneau = await db.Set<Creneau>().FirstOrDefaultAsync(c => c.Id == creneauId && c.Type == invitation.Type && structures.Contains(c.StructureId), ct);
        if (creneau is null || heure.Jour(creneau.Debut) <= heure.Aujourdhui) return Annuler(ResultatAction.Refus("Ce créneau n'est pas proposé : choisissez un créneau de la liste."));
        var parcours = invitation.ParcoursId is int pid ? await db.Set<Parcours>().FirstOrDefaultAsync(p => p.Id == pid && p.DateCloture == null, ct) : null;
        var rdv = new RendezVous
        {
            PersonneId = invitation.PersonneId,
            ParcoursId = parcours?.Id,
            Type = invitation.Type,
            Lieu = "",
            ReferentId = invitation.Type.PrecedeOrientation() ? null : parcours?.ReferentId,
            CanalRappel = canalRappel,
            CreePar = Auteur,
            CreeLe = heure.MaintenantUtc,
        };
        if (!creneau.Attribuer(rdv)) return Annuler(ResultatAction.Refus(CreneauPris));
        db.Add(rdv);
        invitation.RendezVous = rdv;
        if (parcours is not null)
        {
            if (invitation.Type.PrecedeOrientation() && TransitionsParcours.EstPermise(parcours.Etape, ActionParcours.Convoquer)) parcours.Appliquer(ActionParcours.Convoquer);
            parcours.CalculerEcheances(await regles.ParCodeAsync(parcours.CodeRegles, parcours.DateEntree, ct));
        }
        audit.Enregistrer(ActionsReservation.Reservation, nameof(Invitation), invitation.Id, $"{message} : {heure.DateEtHeure(creneau.Debut)}", utilisateur: Auteur, departementId: invitation.DepartementId);
        var resultat = await SauverAsync($"Votre rendez-vous est pris le {heure.DateEtHeure(creneau.Debut)}.", ct);
        if (resultat.Reussi) await notifications.ConvocationAsync(rdv.Id, ct);
        return resultat;
    }

    /// <summary>The structure of the parcours once oriented; before, every structure serving the parcours' territoire (or the département's).</summary>
    private async Task<List<int>> StructuresAsync(Invitation invitation, CancellationToken ct)
    {
        var parcours = await db.Set<Parcours>().AsNoTracking().Where(p => p.Id == invitation.ParcoursId).Select(p => new { p.StructureId, p.TerritoireId }).FirstOrDefaultAsync(ct);
        if (parcours?.StructureId is int structure) return [structure];
        var territoire = parcours?.TerritoireId;
        return await db.Set<StructureTerritoire>().AsNoTracking().Where(t => territoire == null || t.TerritoireId == territoire).Select(t => t.StructureId)
            .Union(db.Structures.Where(s => territoire == null).Select(s => s.Id)).Distinct().ToListAsync(ct);
    }

    private Task<ResultatAction> SauverAsync(string message, CancellationToken ct) => db.SauverActionAsync(message, ResultatAction.Refus(CreneauPris), ct);

    private ResultatAction Annuler(ResultatAction resultat) => db.Abandonner(resultat);
}
