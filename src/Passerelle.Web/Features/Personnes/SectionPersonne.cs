using Passerelle.Web.Features.Dossiers;

namespace Passerelle.Web.Features.Personnes;

/// <summary>
/// One block of the person page, owned by the feature that registers it in its <c>AddX()</c> with
/// <see cref="SectionsPersonneRegistration.AddSectionPersonne{T}"/> (decision 0012). The page knows
/// neither the features nor their data: it loads each section for the person it already found
/// within the user's scope, and renders the section's own partial.
/// </summary>
public interface ISectionPersonne
{
    /// <summary>Position on the page, lower first (see decision 0012 for the numbers in use).</summary>
    int Ordre { get; }

    /// <summary>The partial that renders the model, e.g. <c>/Features/Agenda/Personne/_Section.cshtml</c>.</summary>
    string Vue { get; }

    /// <returns>The partial's model, or null when this viewer has nothing to see in this section.</returns>
    Task<object?> ChargerAsync(Personne personne, CancellationToken ct);

    /// <summary>The section's entry in the page's menu, when it has a title of its own.</summary>
    EntreeSommaire? Sommaire => null;
}

/// <summary>A section ready to render.</summary>
public sealed record SectionChargee(string Vue, object Modele, EntreeSommaire? Sommaire = null);

public static class SectionsPersonneRegistration
{
    public static IServiceCollection AddSectionPersonne<T>(this IServiceCollection services) where T : class, ISectionPersonne =>
        services.AddScoped<ISectionPersonne, T>();

    public static IServiceCollection AddContributionResume<T>(this IServiceCollection services) where T : class, IContributionResume =>
        services.AddScoped<IContributionResume, T>();

    public static IServiceCollection AddSourceChronologie<T>(this IServiceCollection services) where T : class, ISourceChronologie =>
        services.AddScoped<ISourceChronologie, T>();
}
