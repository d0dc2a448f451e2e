using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Indicateurs;

/// <summary>
/// Where the figures are counted (null = the whole département) and whether statistical secrecy applies; under secrecy,
/// <paramref name="Clairs"/> are the territoires the user reads in clear anyway (a pilot who is also a territoire's agent).
/// </summary>
public sealed record Portee(IReadOnlyCollection<int>? Territoires, bool Secret, IReadOnlyCollection<int>? Clairs = null);

/// <summary>
/// Who may read which indicators (primer §1): an agent of the whole département reads every figure
/// in clear, an agent of territoires reads their territoires' figures in clear, pilots and readers
/// read the département's (or one territoire's) aggregates under statistical secrecy. A user holding
/// both gets figures in clear wherever their agent habilitation reaches, secrecy elsewhere.
/// </summary>
public sealed class PerimetreIndicateurs(IReadOnlyList<HabilitationCourante> habilitations)
{
    private readonly bool agentDepartement = habilitations.Any(h => h.Role == Role.AgentDepartemental && h.TerritoireId is null);
    private readonly List<int> territoiresAgent = habilitations
        .Where(h => h.Role == Role.AgentDepartemental && h.TerritoireId is not null).Select(h => h.TerritoireId!.Value).Distinct().ToList();
    private readonly bool agregats = habilitations.Any(h => h.Role is Role.PiloteProgramme or Role.Lecteur);

    /// <summary>
    /// A partner's key (France Travail, a BI tool) reads aggregates under secrecy, as a reader does: it is not an agent
    /// of the département bound by its duty of confidentiality.
    /// </summary>
    public static PerimetreIndicateurs De(CurrentUser user) =>
        new(user.EstCleApi ? [new HabilitationCourante(Role.Lecteur, null, null)] : user.Habilitations);

    /// <summary>The territoires the user may pick: all for département-wide roles, else their own.</summary>
    public bool TousLesTerritoires => agentDepartement || agregats;

    public IReadOnlyCollection<int> TerritoiresAgent => territoiresAgent;

    /// <returns>The scope of the figures for the territoire chosen (null = none chosen), or null when it is outside the user's reach.</returns>
    public Portee? Resoudre(int? territoireId)
    {
        if (agentDepartement) return new(territoireId is int t ? [t] : null, Secret: false);
        if (territoireId is int choisi && territoiresAgent.Contains(choisi)) return new([choisi], Secret: false);
        if (territoireId is null && territoiresAgent.Count > 0 && !agregats) return new(territoiresAgent, Secret: false);
        if (agregats) return new(territoireId is int u ? [u] : null, Secret: true, territoiresAgent);
        return null;
    }
}
