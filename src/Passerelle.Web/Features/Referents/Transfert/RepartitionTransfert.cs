namespace Passerelle.Web.Features.Referents.Transfert;

/// <summary>
/// Spreads the persons left to « répartition automatique » over the chosen référents: each in turn goes to
/// the one with the lightest load so far (their current load plus what this transfer gives them), ties
/// by the order given, so a transfer evens out the loads rather than piling on the first name.
/// </summary>
public static class RepartitionTransfert
{
    /// <param name="personnes">The persons to move, in the order shown.</param>
    /// <param name="choisis">The référent picked for some persons by hand.</param>
    /// <param name="destinataires">The référents among whom the others are spread.</param>
    /// <param name="charges">Each référent's current number of persons followed.</param>
    /// <returns>One assignment per person, or null for a person with neither a choice nor a destinataire.</returns>
    public static IReadOnlyList<AffectationTransfert?> Repartir(IReadOnlyList<int> personnes, IReadOnlyDictionary<int, string> choisis,
        IReadOnlyList<string> destinataires, IReadOnlyDictionary<string, int> charges)
    {
        var charge = destinataires.Distinct().ToDictionary(d => d, d => charges.GetValueOrDefault(d));
        foreach (var referent in choisis.Values.Where(charge.ContainsKey)) charge[referent]++;
        var ordre = destinataires.Distinct().ToList();
        return [.. personnes.Select(p =>
        {
            if (choisis.TryGetValue(p, out var choisi)) return new AffectationTransfert(p, choisi);
            if (ordre.Count == 0) return null;
            var moinsCharge = ordre.MinBy(d => charge[d])!;
            charge[moinsCharge]++;
            return new AffectationTransfert(p, moinsCharge);
        })];
    }
}
