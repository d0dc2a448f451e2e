using System.Globalization;

namespace Passerelle.Web.Features.Cohortes;

/// <summary>A parcours chosen for a bulk action, with the version the agent saw.</summary>
public readonly record struct ParcoursChoisi(int ParcoursId, int Version);

/// <summary>
/// The selection posted by a queue page: "id:version" per checked row, or the whole matching set
/// read when the agent asked for it, as one comma-separated field. Unreadable items are ignored
/// (they can only come from a hand-made request); duplicates count once; beyond the limit, the rest is dropped.
/// </summary>
public static class SelectionCohorte
{
    public static string Encoder(int parcoursId, int version) =>
        string.Create(CultureInfo.InvariantCulture, $"{parcoursId}:{version}");

    public static string Encoder(IEnumerable<ParcoursChoisi> choix) => string.Join(',', choix.Select(c => Encoder(c.ParcoursId, c.Version)));

    public static IReadOnlyList<ParcoursChoisi> Lire(IEnumerable<string?> valeurs, int limite) =>
        valeurs.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(Lire)
            .OfType<ParcoursChoisi>()
            .DistinctBy(c => c.ParcoursId)
            .Take(limite)
            .ToList();

    private static ParcoursChoisi? Lire(string valeur)
    {
        var parties = valeur.Split(':');
        return parties.Length == 2
            && int.TryParse(parties[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && int.TryParse(parties[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? new ParcoursChoisi(id, version)
            : null;
    }
}
