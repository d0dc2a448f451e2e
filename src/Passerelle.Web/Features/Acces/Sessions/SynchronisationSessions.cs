using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Acces.Sessions;

/// <summary>
/// Every few seconds, reads the sessions that other instances revoked since the last read, and forgets and
/// deletes those whose cookies have expired anyway. <c>Sessions:SynchronisationSecondes</c> (5 by default).
/// </summary>
internal sealed class SynchronisationSessions(
    IServiceScopeFactory scopes, SessionsRevoquees revoquees, TimeProvider horloge, IConfiguration configuration,
    IOptionsMonitor<CookieAuthenticationOptions> cookies, ILogger<SynchronisationSessions> journal) : BackgroundService
{
    /// <summary>Sessions never revoked are kept this long for the record, then deleted.</summary>
    private static readonly TimeSpan ConservationSessionsOuvertes = TimeSpan.FromDays(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var intervalle = TimeSpan.FromSeconds(configuration.GetValue("Sessions:SynchronisationSecondes", 5));
        var duree = cookies.Get(IdentityConstants.ApplicationScheme).ExpireTimeSpan;
        DateTime? depuis = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                depuis = await SynchroniserAsync(depuis, duree, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                journal.LogError(e, "Synchronisation des sessions révoquées impossible");
            }
            await Task.Delay(intervalle, horloge, stoppingToken);
        }
    }

    private async Task<DateTime> SynchroniserAsync(DateTime? depuis, TimeSpan duree, CancellationToken ct)
    {
        var maintenant = horloge.GetUtcNow().UtcDateTime;
        var limite = maintenant - duree;
        await using var scope = scopes.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SessionUtilisateur>();
        // A margin for the clocks of the instances and for revocations committed while this read ran.
        var seuil = depuis is { } d ? d.AddMinutes(-1) : limite;
        foreach (var s in await sessions.Where(s => s.RevoqueeLe >= seuil).Select(s => new { s.Id, s.RevoqueeLe }).ToListAsync(ct))
            revoquees.Ajouter(s.Id, s.RevoqueeLe!.Value);
        revoquees.Oublier(limite);
        await sessions.Where(s => s.RevoqueeLe < limite.AddHours(-1) || (s.RevoqueeLe == null && s.OuverteLe < maintenant - ConservationSessionsOuvertes))
            .ExecuteDeleteAsync(ct);
        return maintenant;
    }
}
