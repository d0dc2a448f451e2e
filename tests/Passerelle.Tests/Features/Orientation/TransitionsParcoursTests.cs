using Passerelle.Web.Features.Orientation;
using static Passerelle.Web.Features.Orientation.ActionParcours;
using static Passerelle.Web.Features.Orientation.EtapeParcours;

namespace Passerelle.Tests.Features.Orientation;

/// <summary>Every (step, action) pair: the allowed ones lead where the primer says, all others are refused.</summary>
public sealed class TransitionsParcoursTests
{
    private static readonly Dictionary<(EtapeParcours, ActionParcours), EtapeParcours> Permises = new()
    {
        [(AInviter, Inviter)] = Invite,
        [(Invite, Inviter)] = Invite,
        [(AInviter, Convoquer)] = Convoque,
        [(Invite, Convoquer)] = Convoque,
        [(Convoque, Convoquer)] = Convoque,
        [(Convoque, ConstaterAbsence)] = Invite,
        [(Convoque, Recevoir)] = AOrienter,
        [(AInviter, Diagnostiquer)] = AOrienter,
        [(Invite, Diagnostiquer)] = AOrienter,
        [(Convoque, Diagnostiquer)] = AOrienter,
        [(AOrienter, Diagnostiquer)] = AOrienter,
        [(AInviter, ProposerOrientation)] = OrientationProposee,
        [(Invite, ProposerOrientation)] = OrientationProposee,
        [(Convoque, ProposerOrientation)] = OrientationProposee,
        [(AOrienter, ProposerOrientation)] = OrientationProposee,
        [(OrientationProposee, ValiderOrientation)] = SansReferent,
        [(OrientationProposee, RefuserOrientation)] = AOrienter,
        [(SansReferent, DesignerReferent)] = Accompagne,
        [(Accompagne, DesignerReferent)] = Accompagne,
        [(Accompagne, DemanderReorientation)] = ReorientationDemandee,
        [(ReorientationDemandee, AccepterReorientation)] = SansReferent,
        [(ReorientationDemandee, RejeterReorientation)] = Accompagne,
        [(Clos, Rouvrir)] = AInviter,
        [(Clos, RouvrirOriente)] = SansReferent,
    };

    public static TheoryData<EtapeParcours, ActionParcours> Paires()
    {
        var donnees = new TheoryData<EtapeParcours, ActionParcours>();
        foreach (var etape in Enum.GetValues<EtapeParcours>())
            foreach (var action in Enum.GetValues<ActionParcours>())
                donnees.Add(etape, action);
        return donnees;
    }

    [Theory]
    [MemberData(nameof(Paires))]
    public void Chaque_transition_est_permise_ou_refusee_comme_prevu(EtapeParcours depuis, ActionParcours action)
    {
        EtapeParcours? attendue = action is Clore or EnregistrerSortie && depuis != Clos ? Clos
            : Permises.TryGetValue((depuis, action), out var vers) ? vers : null;
        Assert.Equal(attendue, TransitionsParcours.Suivante(depuis, action));
        Assert.Equal(attendue is not null, TransitionsParcours.EstPermise(depuis, action));
        var parcours = new Parcours { CodeRegles = "T", Etape = depuis };
        if (attendue is null)
        {
            var refus = Assert.Throws<InvalidOperationException>(() => parcours.Appliquer(action));
            Assert.Contains(depuis.Libelle(), refus.Message, StringComparison.Ordinal);
        }
        else
        {
            parcours.Appliquer(action);
            Assert.Equal(attendue, parcours.Etape);
        }
    }

    [Fact]
    public void Le_statut_d_orientation_suit_l_etape()
    {
        Assert.Equal("Non orienté", AInviter.StatutOrientation());
        Assert.Equal("Proposée", OrientationProposee.StatutOrientation());
        Assert.Equal("Orienté", Accompagne.StatutOrientation());
        Assert.True(ReorientationDemandee.EstOriente());
        Assert.False(AOrienter.EstOriente());
    }
}
