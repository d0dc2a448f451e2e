namespace Passerelle.Web.Features.Orientation;

/// <summary>
/// What a feature does once the flux closed parcours (e.g. propose an exit to qualify), registered
/// with <see cref="OrientationRegistration.AddSuiteCloture{T}"/>; <see cref="SynchronisationParcours"/>
/// calls each after saving a batch of closures, so the parcours stays ignorant of those features.
/// </summary>
public interface ISuiteCloture
{
    /// <param name="parcoursIds">Parcours the flux has just closed, already saved.</param>
    Task ParcoursClosAsync(IReadOnlyList<int> parcoursIds, CancellationToken ct);
}
