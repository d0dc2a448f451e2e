using Passerelle.Web.Features.Offre;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Financements;

/// <summary>
/// Who reads and who writes funding lines. Funding is the département's decision, not the operator's: agents of the
/// whole département (the offer's moderators) and programme pilots write; agents, pilots and readers read every
/// action's lines; an operator reads those of the actions of its structures, nothing else.
/// </summary>
public sealed class AccesFinancements(CurrentUser user, AccesOffre offre)
{
    public static readonly ResultatAction Refus =
        ResultatAction.Refus("Les financements sont décidés par le Département : seuls ses agents de tout le département et les pilotes de programme les saisissent.");

    public bool PeutEcrire => offre.Moderateur || user.A(Role.PiloteProgramme);

    public bool PeutLire(int structureId) =>
        user.Habilitations.Any(h => Politiques.RolesIndicateurs.Contains(h.Role)) || offre.StructuresOperees.Contains(structureId);
}
