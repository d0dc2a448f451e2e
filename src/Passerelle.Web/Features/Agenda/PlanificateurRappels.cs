using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Agenda;

/// <summary>
/// Runs <see cref="ServiceRappels"/> and the features' <see cref="ITachePeriodique"/> for every département, then the users' daily digests
/// (<see cref="Accueil.EnvoiDigests"/>), every <c>Rappels:IntervalleMinutes</c>
/// (15 by default; 0 turns it off, as the tests do to drive it themselves). Several instances may
/// run it at once: the delivery journal's keys make each reminder go once.
/// </summary>
public sealed class PlanificateurRappels(IServiceScopeFactory scopes, Accueil.EnvoiDigests digests, IConfiguration configuration, ILogger<PlanificateurRappels> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = configuration.GetValue("Rappels:IntervalleMinutes", 15);
        if (minutes <= 0) return;
        using var minuterie = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        do
        {
            try
            {
                await ExecuterAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Échec de l'envoi des rappels ; nouvel essai dans {Minutes} min.", minutes);
            }
        }
        while (await minuterie.WaitForNextTickAsync(stoppingToken));
    }

    public async Task ExecuterAsync(CancellationToken ct)
    {
        List<int> departements;
        await using (var scope = scopes.CreateAsyncScope())
            departements = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Departements.Select(d => d.Id).ToListAsync(ct);
        foreach (var id in departements)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Utiliser(id);
            var bilan = await scope.ServiceProvider.GetRequiredService<ServiceRappels>().ExecuterAsync(ct);
            if (bilan.RappelsRendezVous + bilan.RelancesInvitations > 0)
                log.LogInformation("Département {Departement} : {Rappels} rappel(s) de rendez-vous, {Relances} relance(s) d'invitation.", id, bilan.RappelsRendezVous, bilan.RelancesInvitations);
            foreach (var tache in scope.ServiceProvider.GetServices<ITachePeriodique>())
                if (await tache.ExecuterAsync(ct) is { } compteRendu)
                    log.LogInformation("Département {Departement} : {CompteRendu}", id, compteRendu);
        }
        await digests.ExecuterAsync(ct);
    }
}
