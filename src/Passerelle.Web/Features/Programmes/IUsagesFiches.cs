namespace Passerelle.Web.Features.Programmes;

/// <summary>
/// A capability whose rows point at fiches-actions (the offer's actions): an import cannot take away a fiche it
/// uses. Registered by that capability, asked by <see cref="ImportProgrammes"/> before anything is written.
/// </summary>
public interface IUsagesFiches
{
    /// <returns>For each fiche of <paramref name="fiches"/> in use, what uses it, in words (« 3 action(s) de l'offre »).</returns>
    Task<IReadOnlyDictionary<int, string>> UtiliseesAsync(IReadOnlyCollection<int> fiches, CancellationToken ct);
}
