using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;

namespace Passerelle.Web.Features.Conservation;

/// <summary>
/// The daily anonymisation: for each département whose administrator turned it on after reading a
/// simulation, anonymises the persons past retention (each département's legal day decides).
/// <c>Conservation:IntervalleHeures</c> (24 by default; 0 turns it off). A failure in one département
/// is logged and does not stop the others; the next run resumes what it left.
/// </summary>
public sealed class TacheConservation(IServiceScopeFactory scopes, TimeProvider horloge, IConfiguration configuration, ILogger<TacheConservation> log) : BackgroundService
{
    public const string Auteur = "Tâche quotidienne de conservation";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var heures = configuration.GetValue("Conservation:IntervalleHeures", 24);
        if (heures <= 0) return;
        using var minuterie = new PeriodicTimer(TimeSpan.FromHours(heures), horloge);
        do await ExecuterAsync(stoppingToken);
        while (await minuterie.WaitForNextTickAsync(stoppingToken));
    }

    public async Task ExecuterAsync(CancellationToken ct)
    {
        List<int> departements;
        await using (var scope = scopes.CreateAsyncScope())
            departements = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<ReglesConservation>()
                .IgnoreQueryFilters().Where(r => r.AnonymisationAutomatique).Select(r => r.DepartementId).ToListAsync(ct);
        foreach (var id in departements)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().Utiliser(id);
                var (personnes, foyers) = await scope.ServiceProvider.GetRequiredService<ExecutionConservation>().AnonymiserAsync(Auteur, ct);
                log.LogInformation("Département {Departement} : {Personnes} personne(s) et {Foyers} foyer(s) anonymisés.", id, personnes, foyers);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Échec de l'anonymisation du département {Departement} ; reprise au prochain passage.", id);
            }
        }
    }
}
