using System.Linq.Expressions;
using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.Cohortes;

/// <summary>What an agent may do in bulk from a queue; each maps to one service call per person.</summary>
public enum ActionGroupee
{
    Inviter,
    PreOrienter,
    Proposer,
    Valider,
    Designer,
    /// <summary>Prints the latest letter of each person; changes nothing, so offered in every queue.</summary>
    ImprimerCourriers,
}

/// <summary>
/// A work queue: a named rule over open parcours. <see cref="Retard"/> is set for the queues of
/// people late against one deadline, whose rows show the days late of that deadline.
/// </summary>
public sealed record FileDeTravail(
    string Code, string Titre, string Description, TypeEcheance? Retard, IReadOnlyList<ActionGroupee> Actions,
    Func<DateOnly, Expression<Func<Parcours, bool>>> Regle)
{
    /// <summary>The open parcours of this queue on <paramref name="aujourdhui"/>.</summary>
    public IQueryable<Parcours> Appliquer(IQueryable<Parcours> parcours, DateOnly aujourdhui) =>
        parcours.Where(p => p.DateCloture == null).Where(Regle(aujourdhui));

    /// <summary>The deadline a row is judged on: the late one in a late queue, the next one elsewhere.</summary>
    public DateOnly? Echeance(DateOnly echeanceOrientation, DateOnly? echeancePremierRdv, DateOnly? echeanceContrat, DateOnly? prochaine) => Retard switch
    {
        TypeEcheance.Orientation => echeanceOrientation,
        TypeEcheance.PremierRdv => echeancePremierRdv,
        TypeEcheance.Contrat => echeanceContrat,
        _ => prochaine,
    };
}

/// <summary>
/// The agents' work queues (issue 4 §2), defined once: pages, counts and tests read them from here.
/// "Late" compares a deadline with today (the injected clock): a deadline of today is not late yet.
/// </summary>
public static class FilesDeTravail
{
    public static readonly FileDeTravail AInviter = new("a-inviter", "Nouveaux entrants à inviter",
        "Personnes entrées dans le parcours que personne n'a encore contactées.", null,
        [ActionGroupee.Inviter, ActionGroupee.PreOrienter, ActionGroupee.Proposer, ActionGroupee.ImprimerCourriers],
        _ => p => p.Etape == EtapeParcours.AInviter);

    public static readonly FileDeTravail Invites = new("invites", "Invités sans rendez-vous",
        "Personnes invitées qui n'ont pas encore de rendez-vous fixé.", null,
        [ActionGroupee.Inviter, ActionGroupee.PreOrienter, ActionGroupee.Proposer, ActionGroupee.ImprimerCourriers],
        _ => p => p.Etape == EtapeParcours.Invite);

    public static readonly FileDeTravail AOrienter = new("a-orienter", "Vus ou diagnostiqués, à orienter",
        "Personnes reçues ou diagnostiquées pour lesquelles une orientation reste à proposer.", null,
        [ActionGroupee.PreOrienter, ActionGroupee.Proposer, ActionGroupee.ImprimerCourriers],
        _ => p => p.Etape == EtapeParcours.AOrienter);

    public static readonly FileDeTravail AValider = new("a-valider", "Orientations à valider",
        "Orientations proposées qui attendent la décision du département.", null,
        [ActionGroupee.Valider, ActionGroupee.ImprimerCourriers],
        _ => p => p.Etape == EtapeParcours.OrientationProposee);

    public static readonly FileDeTravail SansReferent = new("sans-referent", "Orientés sans référent",
        "Personnes orientées à qui aucun référent unique n'est désigné.", null,
        [ActionGroupee.Designer, ActionGroupee.ImprimerCourriers],
        _ => p => p.Etape == EtapeParcours.SansReferent);

    public static readonly FileDeTravail RetardOrientation = new("retard-orientation", "En retard d'orientation",
        "Personnes non orientées dont le délai d'orientation est dépassé.", TypeEcheance.Orientation,
        [ActionGroupee.Inviter, ActionGroupee.PreOrienter, ActionGroupee.Proposer, ActionGroupee.Valider, ActionGroupee.ImprimerCourriers],
        aujourdhui => p => p.DateOrientation == null && p.EcheanceOrientation < aujourdhui);

    public static readonly FileDeTravail RetardPremierRdv = new("retard-premier-rdv", "En retard de premier rendez-vous",
        "Personnes orientées qui n'ont pas eu leur premier rendez-vous avec le référent dans le délai.", TypeEcheance.PremierRdv,
        [ActionGroupee.Designer, ActionGroupee.ImprimerCourriers],
        aujourdhui => p => p.DateOrientation != null && p.DatePremierRdvReferent == null && p.EcheancePremierRdv < aujourdhui);

    public static readonly FileDeTravail RetardContrat = new("retard-contrat", "En retard de contrat",
        "Personnes orientées sans contrat signé dans le délai.", TypeEcheance.Contrat,
        [ActionGroupee.Designer, ActionGroupee.ImprimerCourriers],
        aujourdhui => p => p.DateContrat == null && p.EcheanceContrat < aujourdhui);

    public static readonly FileDeTravail Reorientations = new("reorientations", "Demandes de réorientation",
        "Réorientations demandées par un référent, en attente de la décision du département.", null,
        [ActionGroupee.ImprimerCourriers],
        _ => p => p.Etape == EtapeParcours.ReorientationDemandee);

    public static readonly IReadOnlyList<FileDeTravail> Toutes =
        [AInviter, Invites, AOrienter, AValider, SansReferent, RetardOrientation, RetardPremierRdv, RetardContrat, Reorientations];

    public static FileDeTravail? Trouver(string? code) => Toutes.FirstOrDefault(f => f.Code == code);
}
