using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.Diagnostic;

public sealed record Proposition(TypeOrientation Type, IReadOnlyList<string> Raisons)
{
    /// <summary>The motive recorded with the proposal: the reasons, one sentence.</summary>
    public string Motif => "Diagnostic : " + string.Join(" ; ", Raisons);
}

/// <summary>
/// The orientation a diagnosis suggests — a proposal for the agent, never a decision. The rule,
/// first match wins:
/// <list type="number">
/// <item><b>Sociale</b> when an important frein touches santé, logement or maîtrise de la langue
/// (these must be lifted before any job search), or when three themes or more carry an important frein;</item>
/// <item><b>Professionnelle</b> when at least one job is sought (ROME) and no important frein remains
/// apart from mobilité and formation (an employment adviser handles those);</item>
/// <item><b>Socio-professionnelle</b> otherwise: some obstacles, or no job target yet.</item>
/// </list>
/// </summary>
public static class PropositionDiagnostic
{
    public const int SeuilFreinsImportants = 3;

    private static readonly ThemeFrein[] Bloquants = [ThemeFrein.Sante, ThemeFrein.Logement, ThemeFrein.LangueSavoirsDeBase];

    private static readonly ThemeFrein[] CompatiblesEmploi = [ThemeFrein.Mobilite, ThemeFrein.Formation];

    public static Proposition Proposer(Diagnostic diagnostic)
    {
        var importants = diagnostic.Freins.Where(f => f.Niveau == NiveauFrein.Important).Select(f => f.Theme).Distinct().ToList();
        var bloquants = importants.Where(Bloquants.Contains).ToList();
        if (bloquants.Count > 0 || importants.Count >= SeuilFreinsImportants)
        {
            var raisons = new List<string>();
            if (bloquants.Count > 0) raisons.Add($"frein important : {Liste(bloquants)}");
            if (importants.Count >= SeuilFreinsImportants) raisons.Add($"{importants.Count} thèmes avec un frein important ({Liste(importants)})");
            return new Proposition(TypeOrientation.Sociale, raisons);
        }
        var autres = importants.Where(t => !CompatiblesEmploi.Contains(t)).ToList();
        if (diagnostic.MetiersRecherches.Count > 0 && autres.Count == 0)
        {
            var raisons = new List<string> { $"{diagnostic.MetiersRecherches.Count} métier(s) recherché(s) : {string.Join(", ", diagnostic.MetiersRecherches)}" };
            raisons.Add(importants.Count == 0 ? "aucun frein important" : $"seuls freins importants compatibles avec une recherche d'emploi : {Liste(importants)}");
            return new Proposition(TypeOrientation.Professionnelle, raisons);
        }
        var motifs = new List<string>();
        if (diagnostic.MetiersRecherches.Count == 0) motifs.Add("aucun métier recherché");
        if (autres.Count > 0) motifs.Add($"frein important : {Liste(autres)}");
        return new Proposition(TypeOrientation.SocioProfessionnelle, motifs);
    }

    private static string Liste(IEnumerable<ThemeFrein> themes) => string.Join(", ", themes.Select(t => t.Libelle().ToLowerInvariant()));
}
