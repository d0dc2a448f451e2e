using Passerelle.Web.Platform.Securite;
namespace Passerelle.Web.Features.Orientation;

/// <summary>What users (or the import) do to a parcours.</summary>
public enum ActionParcours
{
    Inviter,
    Convoquer,
    ConstaterAbsence,
    Recevoir,
    Diagnostiquer,
    ProposerOrientation,
    ValiderOrientation,
    RefuserOrientation,
    DesignerReferent,
    DemanderReorientation,
    AccepterReorientation,
    RejeterReorientation,
    Clore,
    /// <summary>A professional ends the accompaniment (job, training, move…): the parcours closes and the flux alone does not reopen it.</summary>
    EnregistrerSortie,
    Rouvrir,
    RouvrirOriente,
}

/// <summary>
/// The parcours state machine, written once: every page, bulk action and job asks it whether an
/// action is allowed from the current step and which step follows. Anything not listed is refused.
/// </summary>
public static class TransitionsParcours
{
    private static readonly EtapeParcours[] AvantOrientation =
        [EtapeParcours.AInviter, EtapeParcours.Invite, EtapeParcours.Convoque, EtapeParcours.AOrienter];

    private static readonly Dictionary<ActionParcours, (EtapeParcours[] Depuis, EtapeParcours Vers)> Table = new()
    {
        [ActionParcours.Inviter] = ([EtapeParcours.AInviter, EtapeParcours.Invite], EtapeParcours.Invite),
        [ActionParcours.Convoquer] = ([EtapeParcours.AInviter, EtapeParcours.Invite, EtapeParcours.Convoque], EtapeParcours.Convoque),
        [ActionParcours.ConstaterAbsence] = ([EtapeParcours.Convoque], EtapeParcours.Invite),
        [ActionParcours.Recevoir] = ([EtapeParcours.Convoque], EtapeParcours.AOrienter),
        [ActionParcours.Diagnostiquer] = (AvantOrientation, EtapeParcours.AOrienter),
        [ActionParcours.ProposerOrientation] = (AvantOrientation, EtapeParcours.OrientationProposee),
        [ActionParcours.ValiderOrientation] = ([EtapeParcours.OrientationProposee], EtapeParcours.SansReferent),
        [ActionParcours.RefuserOrientation] = ([EtapeParcours.OrientationProposee], EtapeParcours.AOrienter),
        [ActionParcours.DesignerReferent] = ([EtapeParcours.SansReferent, EtapeParcours.Accompagne], EtapeParcours.Accompagne),
        [ActionParcours.DemanderReorientation] = ([EtapeParcours.Accompagne], EtapeParcours.ReorientationDemandee),
        [ActionParcours.AccepterReorientation] = ([EtapeParcours.ReorientationDemandee], EtapeParcours.SansReferent),
        [ActionParcours.RejeterReorientation] = ([EtapeParcours.ReorientationDemandee], EtapeParcours.Accompagne),
        [ActionParcours.Clore] = ([.. Enum.GetValues<EtapeParcours>().Where(e => e != EtapeParcours.Clos)], EtapeParcours.Clos),
        [ActionParcours.EnregistrerSortie] = ([.. Enum.GetValues<EtapeParcours>().Where(e => e != EtapeParcours.Clos)], EtapeParcours.Clos),
        [ActionParcours.Rouvrir] = ([EtapeParcours.Clos], EtapeParcours.AInviter),
        [ActionParcours.RouvrirOriente] = ([EtapeParcours.Clos], EtapeParcours.SansReferent),
    };

    public static bool EstPermise(EtapeParcours depuis, ActionParcours action) => Table[action].Depuis.Contains(depuis);

    /// <returns>The next step, or null when the action is not allowed from <paramref name="depuis"/>.</returns>
    public static EtapeParcours? Suivante(EtapeParcours depuis, ActionParcours action) =>
        EstPermise(depuis, action) ? Table[action].Vers : null;

    /// <summary>Why the action is refused, in French, for the person's page or a bulk result.</summary>
    public static string Refus(EtapeParcours depuis, ActionParcours action) =>
        $"Action « {Libelle(action)} » impossible : la personne est à l'étape « {depuis.Libelle()} ».";

    public static string Libelle(ActionParcours action) => action switch
    {
        ActionParcours.Inviter => "inviter",
        ActionParcours.Convoquer => "convoquer",
        ActionParcours.ConstaterAbsence => "constater l'absence",
        ActionParcours.Recevoir => "recevoir",
        ActionParcours.Diagnostiquer => "diagnostiquer",
        ActionParcours.ProposerOrientation => "proposer une orientation",
        ActionParcours.ValiderOrientation => "valider l'orientation",
        ActionParcours.RefuserOrientation => "refuser l'orientation",
        ActionParcours.DesignerReferent => "désigner un référent",
        ActionParcours.DemanderReorientation => "demander une réorientation",
        ActionParcours.AccepterReorientation => "accepter la réorientation",
        ActionParcours.RejeterReorientation => "rejeter la réorientation",
        ActionParcours.Clore => "clore le parcours",
        ActionParcours.EnregistrerSortie => "enregistrer la sortie",
        _ => "rouvrir le parcours",
    };
}
