using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Comites;

/// <summary>
/// Who changes which instance: programme pilots and agents of the whole département every one; an agent limited to
/// territoires the comités locaux of those territoires only, reading the others. Readers read everything (institutions, no
/// person). The policy <see cref="Politiques.Comites"/> has already let in only these roles.
/// </summary>
public sealed class AccesComites(CurrentUser user)
{
    public bool GereTout => user.Habilitations.Any(h => h.Role == Role.PiloteProgramme || (h.Role == Role.AgentDepartemental && h.TerritoireId is null));

    public IReadOnlyList<int> Territoires =>
        [.. user.Habilitations.Where(h => h.Role == Role.AgentDepartemental && h.TerritoireId is not null).Select(h => h.TerritoireId!.Value).Distinct()];

    /// <summary>May create or change at least one instance (the pages show their buttons).</summary>
    public bool GereQuelqueChose => GereTout || Territoires.Count > 0;

    public bool Gere(TypeComite type, int? territoireId) => GereTout || (type == TypeComite.Local && territoireId is int t && Territoires.Contains(t));
}
