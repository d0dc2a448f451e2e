using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;

namespace Passerelle.Web.Features.Imports;

/// <summary>Wakes the background worker as soon as a run is queued, instead of waiting for its next look.</summary>
public sealed class SignalImports
{
    private readonly Channel<bool> canal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Reveiller() => canal.Writer.TryWrite(true);

    public async Task AttendreAsync(TimeSpan delai, CancellationToken ct)
    {
        using var limite = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limite.CancelAfter(delai);
        try { await canal.Reader.ReadAsync(limite.Token); }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested) { }
    }
}

/// <summary>
/// Runs queued imports one at a time. A run is claimed with a lease (compare-and-set on its
/// version), so two instances on one PostgreSQL never run it twice; a run whose lease expired
/// (its instance stopped) is taken over and resumes from its checkpoint.
/// </summary>
public sealed class ServiceImports(IServiceScopeFactory scopes, SignalImports signal, TimeProvider clock, ILogger<ServiceImports> log) : BackgroundService
{
    private static readonly TimeSpan Intervalle = TimeSpan.FromSeconds(5);
    private readonly string instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await ExecuterSuivantAsync(stoppingToken)) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Échec du service des imports ; nouvel essai dans {Intervalle}.", Intervalle);
            }
            await signal.AttendreAsync(Intervalle, stoppingToken);
        }
    }

    /// <returns>True when a run was found (look again at once), false when none is waiting.</returns>
    public async Task<bool> ExecuterSuivantAsync(CancellationToken ct)
    {
        var maintenant = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var candidat = await db.Imports.IgnoreQueryFilters()
            .Where(i => (i.Statut == StatutImport.EnAttente || i.Statut == StatutImport.EnCours) && (i.BailJusquA == null || i.BailJusquA < maintenant))
            .OrderBy(i => i.Id).Select(i => new { i.Id, i.DepartementId, i.Version }).FirstOrDefaultAsync(ct);
        if (candidat is null) return false;
        scope.ServiceProvider.GetRequiredService<TenantContext>().Utiliser(candidat.DepartementId);
        if (!await PriseImport.PrendreAsync(db, candidat.Id, candidat.Version, instance, maintenant, ct)) return true;
        await ExecuterAsync(scope.ServiceProvider, db, candidat.Id, ct);
        return true;
    }

    private async Task ExecuterAsync(IServiceProvider services, AppDbContext db, int importId, CancellationToken ct)
    {
        try
        {
            await services.GetRequiredService<ExecutionImport>().ExecuterAsync(importId, instance, ct);
            log.LogInformation("Import {ImportId} terminé.", importId);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down: release the lease so the next start resumes at once from the checkpoint.
            await db.Imports.Where(i => i.Id == importId && i.Instance == instance)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.BailJusquA, (DateTime?)null), CancellationToken.None);
            log.LogInformation("Import {ImportId} interrompu par l'arrêt ; il reprendra au prochain démarrage.", importId);
        }
        catch (ImportReprisException)
        {
            log.LogWarning("Import {ImportId} repris par une autre instance.", importId);
        }
        catch (Exception e)
        {
            log.LogError(e, "Import {ImportId} en échec.", importId);
            db.ChangeTracker.Clear();
            await db.Imports.Where(i => i.Id == importId).ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Statut, StatutImport.Echoue).SetProperty(i => i.BailJusquA, (DateTime?)null)
                .SetProperty(i => i.ErreurFichier, "Erreur interne pendant l'import ; les dossiers déjà validés le restent. Rejouez l'import ou contactez l'administrateur (journal du serveur).")
                .SetProperty(i => i.FinLe, clock.GetUtcNow().UtcDateTime), CancellationToken.None);
        }
    }
}
