using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Agenda;

/// <summary>
/// Invitations, convocations and appointment statuses, each in one unit of work with its audit
/// entry, then the messages (<see cref="NotificationsRendezVous"/>) once the decision is saved:
/// a failed delivery never undoes the appointment, it shows on the person's page. Checks in the
/// order of <see cref="ServiceOrientation"/>: scope, role, version, state machine, preconditions.
/// </summary>
public sealed class ServiceRendezVous(PerimetreDossiers perimetreDossiers, AppDbContext db, ReglesEnVigueur regles, NotificationsRendezVous notifications,
    AuditJournal audit, CurrentUser user, HeureLegale heure)
{
    private static readonly Role[] RolesAgenda = [Role.AgentDepartemental, Role.Referent, Role.ResponsableStructure];
    private string Auteur => user.NomComplet ?? user.Email ?? "système";
    private bool RoleAutorise => RolesAgenda.Any(user.A);

    public const string CreneauIntrouvable = "Ce créneau n'existe pas dans les agendas que vous pouvez utiliser.";

    public async Task<ResultatAction> InviterAsync(int parcoursId, int version, CancellationToken ct)
    {
        var (parcours, refus) = await ChargerAsync(parcoursId, version, ActionParcours.Inviter, ct);
        if (parcours is null) return refus!;
        var jeu = await regles.ParCodeAsync(parcours.CodeRegles, parcours.DateEntree, ct);
        var maintenant = heure.MaintenantUtc;
        var invitation = new Invitation
        {
            PersonneId = parcours.PersonneId,
            ParcoursId = parcours.Id,
            Type = TypeRendezVous.EntretienOrientation,
            EnvoyeeLe = maintenant,
            ExpireLe = Jour(maintenant).AddDays(jeu.ExpirationInvitationJours),
            EnvoyeePar = Auteur,
        };
        db.Add(invitation);
        (parcours.DateInvitation, parcours.NombreInvitations) = (Jour(maintenant), parcours.NombreInvitations + 1);
        var resultat = await EnregistrerAsync(parcours, ActionParcours.Inviter, jeu, "Invitation envoyée.", ct);
        if (resultat.Reussi) return resultat with { Message = resultat.Message + " " + await notifications.InvitationAsync(invitation.Id, ct) };
        return resultat;
    }

    public async Task<ResultatAction> ConvoquerAsync(int parcoursId, int version, TypeRendezVous type, DateTime debut, string lieu, int? creneauId, CancellationToken ct)
    {
        var avantOrientation = type.PrecedeOrientation();
        var (parcours, refus) = await ChargerAsync(parcoursId, version, avantOrientation ? ActionParcours.Convoquer : null, ct);
        if (parcours is null) return refus!;
        if (!avantOrientation && !parcours.Etape.EstOriente())
            return Annuler(ResultatAction.Refus($"Un « {type.Libelle()} » suppose une personne orientée : elle est à l'étape « {parcours.Etape.Libelle()} »."));
        var rendezVous = new RendezVous
        {
            PersonneId = parcours.PersonneId,
            ParcoursId = parcours.Id,
            Type = type,
            Debut = debut,
            Lieu = lieu.Trim(),
            Convocation = true,
            StructureId = parcours.StructureId,
            ReferentId = avantOrientation ? null : parcours.ReferentId,
            CreePar = Auteur,
            CreeLe = heure.MaintenantUtc,
        };
        if (creneauId is int id && await ReserverAsync(id, rendezVous, ct) is { } complet) return Annuler(complet);
        if (string.IsNullOrWhiteSpace(rendezVous.Lieu)) return Annuler(ResultatAction.Refus("Indiquez le lieu du rendez-vous."));
        if (rendezVous.Debut <= heure.MaintenantUtc) return Annuler(ResultatAction.Refus("La date du rendez-vous est passée : choisissez une date à venir."));
        db.Add(rendezVous);
        var enAttente = await db.Set<Invitation>().Where(i => i.ParcoursId == parcours.Id && i.RendezVousId == null).ToListAsync(ct);
        var jeu = await regles.ParCodeAsync(parcours.CodeRegles, parcours.DateEntree, ct);
        var resultat = await EnregistrerAsync(parcours, avantOrientation ? ActionParcours.Convoquer : null, jeu,
            $"Convocation « {type.Libelle()} » le {heure.DateEtHeure(debut)}.", ct, () => enAttente.ForEach(i => i.RendezVous = rendezVous));
        if (resultat.Reussi) return resultat with { Message = resultat.Message + " " + await notifications.ConvocationAsync(rendezVous.Id, ct) };
        return resultat;
    }

    /// <summary>
    /// Sets what happened at an appointment, once (planned → seen, excused, cancelled or no-show):
    /// an orientation interview seen moves the person to "à orienter", missed back to "invité";
    /// the first référent appointment seen meets that deadline; any appointment seen is a contact.
    /// </summary>
    public async Task<ResultatAction> ChangerStatutAsync(int rendezVousId, int version, StatutRendezVous statut, CancellationToken ct, string? compteRendu = null, bool reserve = false)
    {
        if (CompteRendu.Refus(compteRendu) is { } trop) return ResultatAction.Refus(trop);
        var perimetre = perimetreDossiers;
        var rdv = await db.Set<RendezVous>().Where(r => r.Id == rendezVousId && perimetre.Filtrer(db.Personnes).Any(p => p.Id == r.PersonneId)).FirstOrDefaultAsync(ct);
        if (rdv is null) return ResultatAction.HorsPerimetre;
        if (!RoleAutorise) return ResultatAction.Refus("Votre rôle ne permet pas de modifier un rendez-vous.");
        if (rdv.Version != version) return Annuler(ResultatAction.Conflit);
        if (rdv.Statut != StatutRendezVous.Planifie || statut == StatutRendezVous.Planifie)
            return Annuler(ResultatAction.Refus($"Ce rendez-vous est déjà « {rdv.Statut.Libelle()} » : son statut ne change plus."));
        if (statut is StatutRendezVous.Honore or StatutRendezVous.Absent && rdv.Debut > heure.MaintenantUtc)
            return Annuler(ResultatAction.Refus("Ce rendez-vous n'a pas encore eu lieu : il ne peut être noté honoré ou absent qu'à partir de son heure."));
        (rdv.Statut, rdv.StatutPar, rdv.StatutLe) = (statut, Auteur, heure.MaintenantUtc);
        EcrireCompteRendu(rdv, compteRendu, reserve);
        var parcours = rdv.ParcoursId is int pid ? await db.Set<Parcours>().FirstOrDefaultAsync(p => p.Id == pid && p.DateCloture == null, ct) : null;
        if (parcours is not null) await SuivreParcoursAsync(parcours, rdv, ct);
        audit.Enregistrer(ActionsAgenda.StatutRendezVous, nameof(RendezVous), rdv.Id, statut.Libelle());
        return await SauverAsync($"Rendez-vous noté « {statut.Libelle()} ».", ct);
    }

    /// <summary>
    /// Records an appointment that already took place, with its outcome and write-up, and no message to the
    /// person: the parcours follows as if it had been convened and its status set (an orientation interview
    /// recorded at « à inviter » or « invité » stands for the convocation). Bounds in <see cref="CompteRendu"/>.
    /// </summary>
    public async Task<ResultatAction> EnregistrerApresCoupAsync(int parcoursId, int version, SaisieRendezVousPasse saisie, CancellationToken ct)
    {
        var (parcours, refus) = await ChargerAsync(parcoursId, version, null, ct);
        if (parcours is null) return refus!;
        var avantOrientation = saisie.Type.PrecedeOrientation();
        if (!avantOrientation && !parcours.Etape.EstOriente())
            return Annuler(ResultatAction.Refus($"Un « {saisie.Type.Libelle()} » suppose une personne orientée : elle est à l'étape « {parcours.Etape.Libelle()} »."));
        if (saisie.Refus(heure.MaintenantUtc, heure.DebutDuJourUtc(parcours.DateEntree)) is { } invalide) return Annuler(ResultatAction.Refus(invalide));
        var rdv = new RendezVous
        {
            PersonneId = parcours.PersonneId,
            ParcoursId = parcours.Id,
            Type = saisie.Type,
            Debut = saisie.Debut,
            Lieu = saisie.Lieu?.Trim() ?? "",
            StructureId = parcours.StructureId,
            ReferentId = avantOrientation ? null : parcours.ReferentId,
            Statut = saisie.Statut,
            StatutPar = Auteur,
            StatutLe = heure.MaintenantUtc,
            CreePar = Auteur,
            CreeLe = heure.MaintenantUtc,
        };
        EcrireCompteRendu(rdv, saisie.CompteRendu, saisie.Reserve);
        db.Add(rdv);
        if (avantOrientation && TransitionsParcours.EstPermise(parcours.Etape, ActionParcours.Convoquer)) parcours.Appliquer(ActionParcours.Convoquer);
        await SuivreParcoursAsync(parcours, rdv, ct);
        var message = $"Rendez-vous « {saisie.Type.Libelle()} » du {heure.DateEtHeure(saisie.Debut)} enregistré, noté « {saisie.Statut.Libelle()} ».";
        audit.Enregistrer(ActionsAgenda.RendezVousPasse, nameof(Parcours), parcours.Id, message);
        return await SauverAsync(message, ct);
    }

    private void EcrireCompteRendu(RendezVous rdv, string? texte, bool reserve)
    {
        if (string.IsNullOrWhiteSpace(texte)) return;
        (rdv.CompteRendu, rdv.CompteRenduReserve, rdv.CompteRenduAuteurId) = (texte.Trim(), reserve, user.Id);
    }

    private async Task SuivreParcoursAsync(Parcours parcours, RendezVous rdv, CancellationToken ct)
    {
        var jour = Jour(rdv.Debut);
        ActionParcours? action = rdv.Type.PrecedeOrientation()
            ? rdv.Statut == StatutRendezVous.Honore ? ActionParcours.Recevoir : ActionParcours.ConstaterAbsence
            : null;
        if (action is { } a && TransitionsParcours.EstPermise(parcours.Etape, a)) parcours.Appliquer(a);
        if (rdv.Statut == StatutRendezVous.Honore)
        {
            parcours.DernierContact = parcours.DernierContact is { } d && d > jour ? d : jour;
            if (rdv.Type == TypeRendezVous.PremierRdvReferent) parcours.DatePremierRdvReferent ??= jour;
        }
        parcours.CalculerEcheances(await regles.ParCodeAsync(parcours.CodeRegles, parcours.DateEntree, ct));
    }

    private async Task<(Parcours? Parcours, ResultatAction? Refus)> ChargerAsync(int parcoursId, int version, ActionParcours? action, CancellationToken ct)
    {
        var perimetre = perimetreDossiers;
        var parcours = await db.Set<Parcours>().Include(p => p.Personne)
            .Where(p => p.Id == parcoursId && p.DateCloture == null && perimetre.Filtrer(db.Personnes).Any(x => x.Id == p.PersonneId))
            .FirstOrDefaultAsync(ct);
        if (parcours is null) return (null, ResultatAction.HorsPerimetre);
        if (!RoleAutorise) return (null, Annuler(ResultatAction.Refus("Votre rôle ne permet pas de gérer les rendez-vous.")));
        if (parcours.Version != version) return (null, Annuler(ResultatAction.Conflit));
        if (action is { } a && !TransitionsParcours.EstPermise(parcours.Etape, a)) return (null, Annuler(ResultatAction.Refus(TransitionsParcours.Refus(parcours.Etape, a))));
        return (parcours, null);
    }

    /// <summary>
    /// Books a place in a slot of an agenda the user may use (<see cref="PerimetreAgenda"/>), for a person
    /// already found in their scope; another agenda's slot gets the answer of a missing one. The slot's
    /// version makes two bookings of its last place collide.
    /// </summary>
    private async Task<ResultatAction?> ReserverAsync(int creneauId, RendezVous rdv, CancellationToken ct)
    {
        var creneau = await PerimetreAgenda.De(user).Filtrer(db.Set<Creneau>()).FirstOrDefaultAsync(c => c.Id == creneauId, ct);
        if (creneau is null) return ResultatAction.Refus(CreneauIntrouvable);
        return creneau.Attribuer(rdv) ? null : ResultatAction.Refus($"Le créneau du {heure.DateEtHeure(creneau.Debut)} est complet.");
    }

    private async Task<ResultatAction> EnregistrerAsync(Parcours parcours, ActionParcours? action, JeuRegles jeu, string message, CancellationToken ct, Action? avantSauvegarde = null)
    {
        if (action is { } a) parcours.Appliquer(a);
        parcours.CalculerEcheances(jeu);
        avantSauvegarde?.Invoke();
        audit.Enregistrer(action is { } b ? ActionsOrientation.Pour(b) : ActionsAgenda.Convocation, nameof(Parcours), parcours.Id, message);
        return await SauverAsync(message, ct);
    }

    private Task<ResultatAction> SauverAsync(string message, CancellationToken ct) => db.SauverActionAsync(message, ResultatAction.Conflit, ct);

    private ResultatAction Annuler(ResultatAction resultat) => db.Abandonner(resultat);

    private DateOnly Jour(DateTime instant) => heure.Jour(instant);
}
