namespace Passerelle.Web.Features.Cohortes;

/// <summary>One person's outcome in a bulk action, in the words of the service that processed it.</summary>
public sealed record LigneBilan(int? PersonneId, string Personne, string Message);

/// <summary>
/// What a bulk action did: the persons processed and those refused, each with the reason. For the
/// printing of letters, <see cref="Impression"/> is the selection of the persons who have one, which
/// the download button posts back (see <see cref="ImpressionCourriers"/>).
/// </summary>
public sealed record BilanActions(string Action, IReadOnlyList<LigneBilan> Reussies, IReadOnlyList<LigneBilan> Refusees, string? Impression = null);
