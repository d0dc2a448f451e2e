using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Dossiers;

/// <summary>
/// One way a user reaches persons beyond the territoires they are habilitated on: a référent's
/// caseload, a structure's waiting list, a follow-up team, an operator's prescriptions, an EP
/// member's agenda. Each feature that opens such a way registers its rule in its <c>AddX()</c> with
/// <see cref="AccesPersonnesRegistration.AddAccesPersonnes{T}"/>; <see cref="PerimetreDossiers"/>
/// unites them, so the scope rule does not learn about each feature.
/// </summary>
public interface IAccesPersonnes
{
    /// <returns>The persons this rule opens to the user, or null when it opens none to them.</returns>
    AccesPersonnes? Pour(UtilisateurPerimetre utilisateur, AppDbContext db);
}

/// <param name="Personnes">Ids of the persons reached, as a query composed into every scoped query.</param>
/// <param name="Cle">What the result depends on (e.g. "referent=abc"), for caches kept per scope.</param>
public sealed record AccesPersonnes(IQueryable<int> Personnes, string Cle);

/// <summary>The user whose scope is computed: the signed-in one, or the recipient of a digest.</summary>
public sealed record UtilisateurPerimetre(IReadOnlyList<HabilitationCourante> Habilitations, string? Id)
{
    public IReadOnlyList<int> Structures(Role role) =>
        [.. Habilitations.Where(h => h.Role == role && h.StructureId is not null).Select(h => h.StructureId!.Value).Distinct().Order()];

    public bool A(Role role) => Habilitations.Any(h => h.Role == role);
}

public static class AccesPersonnesRegistration
{
    public static IServiceCollection AddAccesPersonnes<T>(this IServiceCollection services) where T : class, IAccesPersonnes =>
        services.AddSingleton<IAccesPersonnes, T>();
}
