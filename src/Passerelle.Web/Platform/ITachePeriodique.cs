namespace Passerelle.Web.Platform;

/// <summary>
/// Work a feature needs done regularly for each département (reminders, expiries), run by the scheduler
/// (Features/Agenda/PlanificateurRappels) in a scope set to the département. It must be safe to run twice.
/// </summary>
public interface ITachePeriodique
{
    /// <returns>A line for the log when it did something, else null.</returns>
    Task<string?> ExecuterAsync(CancellationToken ct);
}

public static class TachesPeriodiquesRegistration
{
    public static IServiceCollection AddTachePeriodique<T>(this IServiceCollection services) where T : class, ITachePeriodique =>
        services.AddScoped<ITachePeriodique, T>();
}
