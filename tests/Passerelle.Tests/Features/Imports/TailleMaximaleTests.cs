using System.Net;
using Microsoft.AspNetCore.Hosting;
using Passerelle.Tests.Support;
using static Passerelle.Tests.Features.Imports.ImportsDeTest;

namespace Passerelle.Tests.Features.Imports;

/// <summary>The application with a 2 ko upload limit: the same code path a 2 GB file takes against the 1 GB default.</summary>
public sealed class ApplicationPetitsDepots : Application
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Imports:TailleMaximaleOctets", "2048");
    }
}

public sealed class TailleMaximaleTests(ApplicationPetitsDepots app) : IClassFixture<ApplicationPetitsDepots>
{
    private static byte[] Gros() => Flux(new DateOnly(2026, 1, 31), Enumerable.Range(0, 5)
        .Select(i => Foyer(NouveauNumero(), "2", Personne("TAILLE", $"N{i}", new DateOnly(1980, 1, i + 1)))).ToArray());

    [Fact]
    public async Task Depot_trop_gros_dans_la_page_donne_la_taille_et_la_limite_sans_rien_creer()
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var avant = await app.DansDepartementAsync("49", db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Imports));

        var reponse = await navigateur.DeposerAsync("/imports/nouveau", [new("Saisie.Type", "Cnaf")], "gros.xml", Gros());

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var erreur = (await Navigateur.DocumentAsync(reponse)).QuerySelector("#fichier-erreur")?.TextContent;
        Assert.Contains("la taille maximale acceptée en ligne est 2,0 ko", erreur, StringComparison.Ordinal);
        Assert.Equal(avant, await app.DansDepartementAsync("49", db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Imports)));
    }

    [Fact]
    public async Task Depot_trop_gros_par_l_api_est_refuse_en_413_avec_un_message_francais()
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        using var corps = new ByteArrayContent(Gros());

        var reponse = await navigateur.Client.PostAsync(new Uri("/api/v1/imports/cnaf", UriKind.Relative), corps);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reponse.StatusCode);
        Assert.Contains("Découpez le flux", await reponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
