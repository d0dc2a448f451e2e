using Passerelle.Web.Features.Dossiers;

namespace Passerelle.Web.Features.Personnes;

/// <summary>
/// One entry of the person's shared parcours timeline: a rights change, an appointment, a decision,
/// a contract, a note, a document, an exit… Each feature contributes its own entries through an
/// <see cref="ISourceChronologie"/>, already filtered by what the viewer may see of it.
/// </summary>
/// <param name="Date">When it happened (UTC), to order the timeline.</param>
/// <param name="Nature">The kind as users name it (« Rendez-vous », « Contrat »), also a filter of the timeline.</param>
/// <param name="Lien">Where the entry is read in full, when it has a page.</param>
public sealed record EvenementParcours(DateTime Date, string Nature, string Libelle, string? Detail = null, string? Lien = null);

/// <summary>A feature's entries in the person's timeline, registered with <see cref="SectionsPersonneRegistration.AddSourceChronologie{T}"/>.</summary>
public interface ISourceChronologie
{
    /// <returns>The entries about the person this viewer may see, in any order.</returns>
    Task<IReadOnlyList<EvenementParcours>> LireAsync(Personne personne, CancellationToken ct);
}
