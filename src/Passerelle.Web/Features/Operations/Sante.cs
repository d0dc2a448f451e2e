using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Operations;

/// <summary>/healthz says the process answers; /readyz says the database is reachable and migrated.</summary>
public static class Sante
{
    private const string Pret = "pret";

    public static IServiceCollection AddSante(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<BaseDeDonneesPrete>("base-de-donnees", tags: [Pret]);
        return services;
    }

    public static WebApplication MapSante(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Pret) }).AllowAnonymous();
        return app;
    }
}

internal sealed class BaseDeDonneesPrete(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
                return HealthCheckResult.Unhealthy("Base de données injoignable.");
            var enAttente = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return enAttente == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{enAttente} migration(s) non appliquée(s).");
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy("Base de données injoignable.", e);
        }
    }
}
