using Passerelle.Web.Platform.Securite;
namespace Passerelle.Web.Features.Orientation;

/// <summary>Where a person stands between their entry and an accompaniment (primer §3 steps 1–5).</summary>
public enum EtapeParcours
{
    /// <summary>New entrant, nobody contacted yet.</summary>
    AInviter,
    /// <summary>Invitation sent, no appointment fixed.</summary>
    Invite,
    /// <summary>Convened to an information session or orientation interview.</summary>
    Convoque,
    /// <summary>Seen or diagnosed: an orientation is to propose (also after a refused proposal).</summary>
    AOrienter,
    /// <summary>An orientation is proposed, awaiting the département's validation.</summary>
    OrientationProposee,
    /// <summary>Oriented (validated), no référent designated yet.</summary>
    SansReferent,
    /// <summary>Oriented and followed by a référent unique.</summary>
    Accompagne,
    /// <summary>The référent asked for a reorientation, awaiting the département's decision.</summary>
    ReorientationDemandee,
    /// <summary>Out of the parcours (rights closed, no longer SDD…).</summary>
    Clos,
}

public static class EtapeParcoursLibelles
{
    public static string Libelle(this EtapeParcours etape) => etape switch
    {
        EtapeParcours.AInviter => "À inviter",
        EtapeParcours.Invite => "Invité, sans rendez-vous",
        EtapeParcours.Convoque => "Convoqué",
        EtapeParcours.AOrienter => "À orienter",
        EtapeParcours.OrientationProposee => "Orientation proposée",
        EtapeParcours.SansReferent => "Orienté, sans référent",
        EtapeParcours.Accompagne => "Accompagné",
        EtapeParcours.ReorientationDemandee => "Réorientation demandée",
        _ => "Clos",
    };

    /// <summary>Orientation status in the primer's words (non orienté → proposé → orienté).</summary>
    public static string StatutOrientation(this EtapeParcours etape) => etape switch
    {
        EtapeParcours.OrientationProposee => "Proposée",
        EtapeParcours.SansReferent or EtapeParcours.Accompagne or EtapeParcours.ReorientationDemandee => "Orienté",
        EtapeParcours.Clos => "—",
        _ => "Non orienté",
    };

    public static bool EstOriente(this EtapeParcours etape) =>
        etape is EtapeParcours.SansReferent or EtapeParcours.Accompagne or EtapeParcours.ReorientationDemandee;
}
