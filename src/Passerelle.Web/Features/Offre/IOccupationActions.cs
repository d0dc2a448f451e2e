namespace Passerelle.Web.Features.Offre;

/// <summary>
/// How many places of each action are taken on a day, answered by the capability that records entries and exits
/// (Features/Prescriptions): the offer shows free places without knowing about prescriptions.
/// </summary>
public interface IOccupationActions
{
    /// <returns>For each action with someone in it on <paramref name="jour"/> or accepted to enter, how many places are taken or promised.</returns>
    Task<IReadOnlyDictionary<int, int>> OccupeesAsync(IReadOnlyCollection<int> actions, DateOnly jour, CancellationToken ct);
}
