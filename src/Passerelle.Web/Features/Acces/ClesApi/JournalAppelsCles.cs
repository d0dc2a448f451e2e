using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Acces.ClesApi;

/// <summary>
/// Writes one <see cref="AppelCleApi"/> row per call, when the response starts (its status is then
/// final), in a scope of its own so that it never shares the endpoint's DbContext. A failed write is
/// logged and does not fail the call.
/// </summary>
public static class JournalAppelsCles
{
    public const int LongueurChemin = 300;

    public static void Suivre(HttpContext http, CleApi cle) => http.Response.OnStarting(async () =>
    {
        var services = http.RequestServices;
        try
        {
            await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            // A refused call (revoked key) has no signed-in user to tell the tenant: the key does.
            scope.ServiceProvider.GetRequiredService<TenantContext>().Utiliser(cle.DepartementId);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var chemin = http.Request.PathBase + http.Request.Path;
            db.AppelsClesApi.Add(new AppelCleApi
            {
                DepartementId = cle.DepartementId,
                CleApiId = cle.Id,
                Instant = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
                Methode = http.Request.Method,
                Chemin = chemin.Value is { Length: > LongueurChemin } texte ? texte[..LongueurChemin] : chemin.Value ?? "/",
                Statut = http.Response.StatusCode,
                AdresseIp = http.Connection.RemoteIpAddress?.ToString(),
            });
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(JournalAppelsCles))
                .LogError(e, "Appel de la clé d'API {Cle} non journalisé ({Method} {Path}).", cle.Id, http.Request.Method, http.Request.Path);
        }
    });
}

/// <summary>Deletes the calls older than the retention, every day, all départements at once.</summary>
public sealed class PurgeAppelsCles(IServiceScopeFactory scopes, IOptions<OptionsClesApi> options, TimeProvider clock, ILogger<PurgeAppelsCles> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var minuterie = new PeriodicTimer(TimeSpan.FromDays(1), clock);
        do
        {
            try
            {
                await PurgerAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Échec de la purge du journal des clés d'API ; nouvel essai demain.");
            }
        }
        while (await minuterie.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> PurgerAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var limite = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.ConservationAppelsJours);
        // A maintenance job without a tenant: the retention is the same for every département.
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AppelsClesApi.IgnoreQueryFilters()
            .Where(a => a.Instant < limite).ExecuteDeleteAsync(ct);
    }
}
