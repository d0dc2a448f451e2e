namespace Passerelle.Web.Features.Personnes;

public static class PersonnesRegistration
{
    /// <summary>The person page has no service of its own: features register its sections (<see cref="ISectionPersonne"/>); the rights changes feed the timeline.</summary>
    public static IServiceCollection AddPersonnes(this IServiceCollection services) =>
        services.AddSourceChronologie<ChronologieDroits>();
}
