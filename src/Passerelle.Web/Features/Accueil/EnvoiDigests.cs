using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Accueil;

/// <summary>
/// Sends each subscriber's daily digest once a day, from <see cref="HeureEnvoi"/> in the legal time of their département.
/// Each subscriber's day is claimed first by a conditional update of <see cref="PreferenceAlertes.DernierDigest"/>:
/// of several instances, only the one whose update changed the row sends. A transport failure is
/// logged and not retried that day (the digest is a convenience; the home page shows the same).
/// </summary>
public sealed class EnvoiDigests(IServiceScopeFactory scopes, TimeProvider clock, ILogger<EnvoiDigests> log)
{
    public static readonly TimeOnly HeureEnvoi = new(7, 0);

    public async Task<int> ExecuterAsync(CancellationToken ct)
    {
        IReadOnlyList<Abonne> abonnes;
        await using (var scope = scopes.CreateAsyncScope())
            abonnes = await scope.ServiceProvider.GetRequiredService<DigestEcheances>().AbonnesAsync(ct);
        var envoyes = 0;
        foreach (var abonne in abonnes)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Utiliser(abonne.DepartementId);
            // Each subscriber's morning is that of their département (overseas départements have their own).
            var maintenant = ActivatorUtilities.CreateInstance<HeureLegale>(scope.ServiceProvider, clock).Maintenant;
            if (TimeOnly.FromDateTime(maintenant) < HeureEnvoi) continue;
            var aujourdhui = DateOnly.FromDateTime(maintenant);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var pris = await db.Set<PreferenceAlertes>()
                .Where(p => p.UtilisateurId == abonne.UtilisateurId && p.DigestQuotidien && (p.DernierDigest == null || p.DernierDigest < aujourdhui))
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.DernierDigest, aujourdhui), ct);
            if (pris == 0) continue;
            var digest = await scope.ServiceProvider.GetRequiredService<DigestEcheances>().ComposerAsync(abonne.UtilisateurId, ct);
            if (digest is null) continue;
            var code = await db.Departements.Where(d => d.Id == abonne.DepartementId).Select(d => d.Code).SingleAsync(ct);
            var remise = await scope.ServiceProvider.GetRequiredService<EnvoiEmail>().EnvoyerAsync(code, "Passerelle", abonne.Email, digest.Sujet, digest.Corps, ct);
            if (remise.Reussie) envoyes++;
            else log.LogWarning("Récapitulatif quotidien non remis à l'utilisateur {Utilisateur} : {Erreur}", abonne.UtilisateurId, remise.Erreur);
        }
        return envoyes;
    }
}
