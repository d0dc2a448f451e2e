namespace Passerelle.Web.Features.OffresEmploi;

/// <summary>The life of an offer, written once: open, then filled or closed (withdrawn, expired); both are final.</summary>
public static class TransitionsOffre
{
    private static readonly Dictionary<StatutOffre, StatutOffre[]> Permises = new()
    {
        [StatutOffre.Ouverte] = [StatutOffre.Pourvue, StatutOffre.Close],
        [StatutOffre.Pourvue] = [],
        [StatutOffre.Close] = [],
    };

    public static bool EstPermise(StatutOffre depuis, StatutOffre vers) => Permises[depuis].Contains(vers);

    public static IReadOnlyList<StatutOffre> Suivantes(StatutOffre depuis) => Permises[depuis];

    public static string Refus(StatutOffre depuis, StatutOffre vers) =>
        $"Une offre {depuis.Libelle().ToLowerInvariant()} ne peut pas passer à « {vers.Libelle()} » : seule une offre ouverte se pourvoit ou se clôt.";
}
