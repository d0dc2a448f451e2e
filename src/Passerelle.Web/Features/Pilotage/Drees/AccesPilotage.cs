using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Pilotage.Drees;

/// <summary>
/// The DREES tables and the stratégie pauvreté figures describe the whole département: programme pilots, readers (aggregates,
/// no person) and agents of the whole département read them; an agent limited to territoires is refused, since the survey has no
/// territorial breakdown to give him. A partner's key carrying the scope reads the « partenaires » variant only.
/// </summary>
public sealed class AccesPilotage(CurrentUser user)
{
    public bool PeutLire => user.EstCleApi || user.Habilitations.Any(h =>
        h.Role is Role.PiloteProgramme or Role.Lecteur || (h.Role == Role.AgentDepartemental && h.TerritoireId is null));

    public bool SecretImpose => user.EstCleApi;
}
