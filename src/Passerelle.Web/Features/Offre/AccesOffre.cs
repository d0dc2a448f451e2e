using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Offre;

/// <summary>
/// Who maintains which action: an operator the actions of the structures they are habilitated on, an agent
/// départemental of the whole département every action, and only such an agent moderates (publishes, refuses).
/// Territory agents, référents, heads, pilots and readers search the published offer.
/// </summary>
public sealed class AccesOffre(CurrentUser user)
{
    public bool Moderateur => user.Habilitations.Any(h => h.Role == Role.AgentDepartemental && h.TerritoireId is null);

    public IReadOnlyList<int> StructuresOperees =>
        [.. user.Habilitations.Where(h => h.Role == Role.Operateur && h.StructureId is not null).Select(h => h.StructureId!.Value).Distinct()];

    public bool PeutGerer(int structureId) => Moderateur || StructuresOperees.Contains(structureId);

    /// <summary>The actions this user maintains: all for a moderator, their structures' for an operator, none otherwise.</summary>
    public IQueryable<ActionInsertion> Gerables(IQueryable<ActionInsertion> actions)
    {
        if (Moderateur) return actions;
        var structures = StructuresOperees;
        return actions.Where(a => structures.Contains(a.StructureId));
    }
}
