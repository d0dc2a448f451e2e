using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Prescriptions.Indicateurs;

/// <summary>
/// Where the offer's figures are counted: null lists mean no restriction. <paramref name="Territoires"/> restricts the
/// prescriptions by the person's territoire when prescribed; <paramref name="Structures"/> restricts the actions by their
/// operator structure.
/// </summary>
public sealed record PorteeOffre(IReadOnlyCollection<int>? Territoires, IReadOnlyCollection<int>? Structures);

/// <summary>
/// Who reads which offer figures (primer §1). The page and the API show aggregates only, never a name: an agent of the
/// whole département, a pilot and a reader read the whole département; an agent of territoires reads the prescriptions of
/// persons of their territoires; an operator reads their structures' actions. Every other role is refused.
/// A département-wide habilitation wins over a narrower one held beside it.
/// </summary>
public sealed class PorteeIndicateursOffre(IReadOnlyList<HabilitationCourante> habilitations)
{
    public static PorteeIndicateursOffre De(CurrentUser user) => new(user.Habilitations);

    /// <returns>The user's scope, or null when they may not read these figures.</returns>
    public PorteeOffre? Portee()
    {
        if (habilitations.Any(h => (h.Role == Role.AgentDepartemental && h.TerritoireId is null) || h.Role is Role.PiloteProgramme or Role.Lecteur))
            return new PorteeOffre(null, null);
        var territoires = Distincts(Role.AgentDepartemental, h => h.TerritoireId);
        if (territoires.Count > 0) return new PorteeOffre(territoires, null);
        var structures = Distincts(Role.Operateur, h => h.StructureId);
        return structures.Count > 0 ? new PorteeOffre(null, structures) : null;
    }

    private List<int> Distincts(Role role, Func<HabilitationCourante, int?> cle) =>
        [.. habilitations.Where(h => h.Role == role).Select(cle).OfType<int>().Distinct()];
}
