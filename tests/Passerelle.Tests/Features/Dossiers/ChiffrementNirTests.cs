using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Support;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using static Passerelle.Tests.Features.Imports.ImportsDeTest;

namespace Passerelle.Tests.Features.Dossiers;

/// <summary>The two NIR columns as the database holds them, read by SQL without the application.</summary>
public sealed class LigneBrute
{
    public string? Nir { get; set; }
    public string? EmpreinteNir { get; set; }
}

internal static class LectureBrute
{
    public static Task<List<LigneBrute>> PersonnesAsync(WebApplicationFactory<Program> app, string cleIdentite) =>
        Lire(app, db => db.Database.SqlQueryRaw<LigneBrute>(
            "SELECT \"Nir\", \"EmpreinteNir\" FROM \"Personnes\" WHERE \"CleIdentite\" = {0}", cleIdentite).ToListAsync());

    public static async Task<T> Lire<T>(WebApplicationFactory<Program> app, Func<AppDbContext, Task<T>> lecture)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await lecture(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>The same application started again on the same base, with other settings when given.</summary>
    public static WebApplicationFactory<Program> Redemarrer(WebApplicationFactory<Program> app, params (string Cle, string Valeur)[] reglages) =>
        app.WithWebHostBuilder(b => { foreach (var (cle, valeur) in reglages) b.UseSetting(cle, valeur); });

    public static string CleAuHasard() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}

public sealed class ChiffrementNirTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Import_garde_le_nir_chiffre_en_base_et_rapproche_le_fichier_suivant_par_son_empreinte()
    {
        var numero = NouveauNumero();
        var nom = DonneesDossiers.NomUnique("CHIFFRE");
        var nir = DonneesDossiers.NirUnique();
        var cleFausse = ((int.Parse(nir[13..], CultureInfo.InvariantCulture) % 97) + 1).ToString("00", CultureInfo.InvariantCulture);
        var naissance = new DateOnly(1985, 5, 17);
        var premier = (await ImporterAsync(app, Flux(new DateOnly(2026, 1, 31), Foyer(numero, "2", Personne(nom, "ANNE", naissance, nir: nir[..13]))))).Import!;
        var second = (await ImporterAsync(app, Flux(new DateOnly(2026, 2, 28), Foyer(numero, "3", Personne(nom, "ANNE", naissance, nir: nir[..13] + cleFausse))))).Import!;

        Assert.Equal((1, 1, 0), (premier.Crees, second.MisAJour, second.Crees));
        var brute = Assert.Single(await LectureBrute.PersonnesAsync(app, $"{nom} ANNE"));
        Assert.StartsWith("v1:", brute.Nir, StringComparison.Ordinal);
        Assert.DoesNotContain(nir[..13], brute.Nir, StringComparison.Ordinal);
        Assert.DoesNotContain(nir[..13], brute.EmpreinteNir, StringComparison.Ordinal);
        Assert.Equal(nir, app.Services.GetRequiredService<ProtectionNir>().Lire(brute.Nir));
    }

    [Fact]
    public async Task Recherche_par_13_ou_15_caracteres_trouve_et_affiche_le_nir_dechiffre()
    {
        var nom = DonneesDossiers.NomUnique();
        var nir = DonneesDossiers.NirUnique();
        await DonneesDossiers.CreerAsync(app, DonneesDossiers.Angers, "49007", "ANGERS", new PersonneDeTest(nom, "LOU", new DateOnly(1985, 5, 17), Nir: nir));
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        foreach (var recherche in new[] { nir, nir[..13] })
        {
            var page = await navigateur.PageAsync($"/dossiers?Filtre.Nir={recherche}");
            Assert.Equal([$"{nom} Lou"], page.QuerySelectorAll("#dossiers tbody th").Select(th => th.TextContent.Trim()));
            Assert.Equal(PerimetreDossiers.FormaterNir(nir), page.QuerySelector("#dossiers tbody td.nir")?.TextContent.Trim());
        }
    }

    [Fact]
    public async Task Anneau_de_protection_des_donnees_chiffre_en_base_et_cookie_valide_apres_redemarrage()
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var reponse = await navigateur.GetAsync("/dossiers");
        var cookie = string.Join("; ", reponse.RequestMessage!.Headers.GetValues("Cookie"));

        var xml = await LectureBrute.Lire(app, db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        Assert.NotEmpty(xml);
        Assert.All(xml, x => Assert.Matches("<cleChiffree[^>]*>v1:", x));
        Assert.All(xml, x => Assert.DoesNotContain("<value>", x, StringComparison.Ordinal));
        Assert.All(xml, x => Assert.DoesNotContain("masterKey", x, StringComparison.Ordinal));

        await using var redemarree = LectureBrute.Redemarrer(app);
        using var client = redemarree.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        Assert.Equal(HttpStatusCode.Found, (await client.GetAsync(new Uri("/dossiers", UriKind.Relative))).StatusCode);
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/dossiers", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("Chiffrement:Cles:1", "n'est pas la clé qui a chiffré")]
    [InlineData("Chiffrement:CleEmpreinte", "n'est pas la clé d'empreinte")]
    public async Task Demarrage_avec_une_autre_cle_s_arrete_avec_la_raison(string reglage, string raison)
    {
        await LectureBrute.Lire(app, db => db.Personnes.IgnoreQueryFilters().CountAsync());
        await using var autre = LectureBrute.Redemarrer(app, (reglage, LectureBrute.CleAuHasard()));
        var erreur = Assert.ThrowsAny<Exception>(() => autre.CreateClient());
        Assert.Contains(raison, erreur.ToString(), StringComparison.Ordinal);
    }
}
