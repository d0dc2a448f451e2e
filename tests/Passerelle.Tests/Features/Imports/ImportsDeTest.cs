using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Demo;
using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Features.Imports;

namespace Passerelle.Tests.Features.Imports;

/// <summary>Hand-made foyers written as real CNAF files, and a synchronous import into the test application.</summary>
internal static class ImportsDeTest
{
    public static byte[] Flux(DateOnly reference, params FoyerCnaf[] foyers)
    {
        using var flux = new MemoryStream();
        EcritureFluxCnaf.Ecrire(flux, GenerateurFluxCnaf.Identification(reference), foyers, LecteurFluxCnaf.Windows1252);
        return flux.ToArray();
    }

    public static FoyerCnaf Foyer(string numero, string etat, params PersonneCnaf[] personnes) => new(
        new OrganismeCnaf("CAF", "049", "7" + numero[4..]), numero, new DateOnly(2025, 1, 15), "CEL",
        new AdresseCnaf("3", "RUE", "DES LILAS", "49007", "49000", "ANGERS"), personnes,
        new DroitCnaf(etat, etat is "5" or "6" ? "ECH" : null, etat is "5" or "6" ? new DateOnly(2026, 1, 31) : null, [], etat == "2" ? ["RSD"] : [], etat == "2" ? 607.75m : null));

    public static PersonneCnaf Personne(string nom, string prenom, DateOnly naissance, bool sdd = true, string role = "DEM", string? nir = null) =>
        new(role, "MME", nom, nom, prenom, naissance, "ANGERS", nir, "2", sdd);

    public static Task<ResultatCreation> ImporterAsync(Application app, byte[] octets, DemandeImport? demande = null, string departement = "49") =>
        DansPorteeAsync(app, departement, async services =>
        {
            using var contenu = new MemoryStream(octets);
            return await services.GetRequiredService<ImportSynchrone>()
                .ImporterAsync(contenu, demande ?? new DemandeImport(TypeImport.Cnaf, "flux.xml", "test"), CancellationToken.None);
        });

    /// <summary>Queues a replay and waits for the application's background worker to finish it.</summary>
    public static async Task<ImportFichier> RejouerEtAttendreAsync(Application app, ImportFichier origine)
    {
        var rejeu = await DansPorteeAsync(app, "49", s => s.GetRequiredService<CreationImport>().RejouerAsync(origine, "test", CancellationToken.None));
        return await AttendreFinAsync(app, rejeu.Id);
    }

    public static async Task<ImportFichier> AttendreFinAsync(Application app, int importId, string departement = "49")
    {
        for (var essai = 0; essai < 600; essai++)
        {
            var import = await app.DansDepartementAsync(departement, db => db.Imports.AsNoTracking().SingleAsync(i => i.Id == importId));
            if (import.EstFini) return import;
            await Task.Delay(100);
        }
        throw new TimeoutException($"L'import {importId} ne s'est pas terminé en 60 s.");
    }

    /// <summary>Services of a fresh scope working as the département (no signed-in user).</summary>
    public static async Task<T> DansPorteeAsync<T>(Application app, string departement, Func<IServiceProvider, Task<T>> travail)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();
        var id = await db.Departements.Where(d => d.Code == departement).Select(d => d.Id).SingleAsync();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Utiliser(id);
        return await travail(scope.ServiceProvider);
    }

    /// <summary>A flux of <paramref name="nombre"/> (3 or more) new foyers, and the same cut in the middle of its third foyer (XML left unfinished).</summary>
    public static (string[] Numeros, byte[] Complet, byte[] Coupe) FluxCoupe(string nom, int nombre)
    {
        var numeros = Enumerable.Range(0, nombre).Select(_ => NouveauNumero()).ToArray();
        var complet = Flux(new DateOnly(2026, 1, 31), numeros.Select((n, i) => Foyer(n, "2", Personne(nom, $"PERSONNE{i}", new DateOnly(1975, 6, i + 1)))).ToArray());
        var coupure = System.Text.Encoding.Latin1.GetString(complet).IndexOf(numeros[2], StringComparison.Ordinal) + 5;
        return (numeros, complet, complet[..coupure]);
    }

    private static int numero = 100;

    /// <summary>A NUMDEMRSA no other test of the run uses.</summary>
    public static string NouveauNumero() => "0499" + Interlocked.Increment(ref numero).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
}
