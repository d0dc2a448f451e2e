namespace Passerelle.Web.Features.Indicateurs.Secret;

/// <summary>
/// Statistical secrecy that survives differencing (primer §1: no cell under 5 people; docs/indicators.md,
/// « Secret statistique »). Under secrecy a period is whole months and a figure is published only when each of
/// its months is publishable on its own, so the difference of two published periods — any union of months — is
/// itself made of publishable months. Across territoires, a month whose territoire cell is under the threshold
/// hides, besides it, enough other cells of that month (the rows without territoire, never published alone, then
/// the smallest territoires) for the hidden cells to be at least two and hold at least the threshold together:
/// the département minus the published territoires gives back only their sum. The choice depends on the month's
/// counts alone, never on the question asked, so that two questions cannot hide different cells of one month.
/// </summary>
public sealed class SecretStatistique(IReadOnlyCollection<int> territoires, IReadOnlySet<int> clairs, IReadOnlyList<int> mois)
{
    public const int Seuil = 5;

    /// <summary>Whether the figure of the period may be shown for the territoire (null: the whole département).</summary>
    public bool Publiable(Effectifs effectifs, int? territoire) =>
        mois.All(m => territoire is int t ? !Masquees(effectifs, m).Territoires.Contains(t) : !Masquees(effectifs, m).Departement);

    /// <summary>
    /// Whether the parts of a total (within / beyond the deadline, each status…) may be shown: all or none, and only with
    /// their total, since the total minus the shown parts gives back a hidden one, and the shown parts add up to a total
    /// that a territoire's complementary cell may be hiding.
    /// </summary>
    public bool PartiesPubliables(int? territoire, Effectifs total, params Effectifs[] parties) =>
        Publiable(total, territoire) && parties.All(p => Publiable(p, territoire));

    private (HashSet<int> Territoires, bool Departement) Masquees(Effectifs effectifs, int m)
    {
        if (effectifs.Departement(m) < Seuil) return ([.. territoires.Except(clairs)], true);
        var masquees = territoires.Where(t => !clairs.Contains(t) && effectifs[m, t] < Seuil).ToHashSet();
        // The rows without territoire are never published alone but come out as the département minus its territoires:
        // a few of them are protected like a small cell; none at all (no anomaly that month) is no one's secret.
        var horsTerritoire = effectifs[m, null];
        if (masquees.Count == 0 && horsTerritoire is 0 or >= Seuil) return (masquees, false);
        var (nombre, somme) = (masquees.Count + (horsTerritoire > 0 ? 1 : 0), masquees.Sum(t => effectifs[m, t]) + horsTerritoire);
        foreach (var t in territoires.Where(t => !clairs.Contains(t) && !masquees.Contains(t)).OrderBy(t => effectifs[m, t]).ThenBy(t => t))
        {
            if (nombre >= 2 && somme >= Seuil) break;
            masquees.Add(t);
            (nombre, somme) = (nombre + 1, somme + effectifs[m, t]);
        }
        // Cells the user reads in clear cannot hide anything: when too few others remain, the département's figure is hidden too.
        return (masquees, nombre < 2 || somme < Seuil);
    }
}
