using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Imports.Tableur;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Imports;
using Passerelle.Web.Features.Imports.Tableur;
using static Passerelle.Tests.Features.Imports.ImportsDeTest;

namespace Passerelle.Tests.Features.Imports;

public sealed class ImportsPagesTests(Application app) : IClassFixture<Application>
{
    private static readonly DateOnly Janvier = new(2026, 1, 31);

    [Fact]
    public async Task Agent_depose_un_flux_suit_l_import_et_telecharge_les_rejets_neutralises()
    {
        var bon = NouveauNumero();
        var formule = "=CMD|' /C CALC'!A0";
        var fichier = Flux(Janvier, Foyer(bon, "2", Personne("DEPOT", "AMINA", new DateOnly(1988, 8, 8))),
            Foyer(formule, "2", Personne("FORMULE", "X", new DateOnly(1999, 12, 1))),
            Foyer(NouveauNumero(), "2", Personne("DEUX", "FOIS", new DateOnly(1999, 12, 1)), Personne("DEUX", "FOIS", new DateOnly(1999, 12, 1), role: "ENF")));
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");

        var reponse = await navigateur.DeposerAsync("/imports/nouveau", [new("Saisie.Type", "Cnaf")], "flux-janvier.xml", fichier);

        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var id = int.Parse(reponse.Headers.Location!.OriginalString["/imports/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var import = await AttendreFinAsync(app, id);
        Assert.Equal((StatutImport.Termine, 2, 1, 1), (import.Statut, import.Crees, import.Rejetes, import.Avertissements));
        var page = await navigateur.PageAsync($"/imports/{id}");
        Assert.Equal(("2", "3", "1"), (page.QuerySelector("#bilan [data-champ=Crees]")?.TextContent, page.QuerySelector("#bilan [data-champ=FoyersLus]")?.TextContent,
            page.QuerySelector("#bilan [data-champ=Avertissements]")?.TextContent));
        Assert.Contains("NUMDEMRSA de 18 caractères", page.QuerySelector("#rejets tbody")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/dossiers/avertissements?ImportId={id}']"));
        var csv = await (await navigateur.GetAsync($"/imports/{id}?handler=Rejets")).Content.ReadAsStringAsync();
        Assert.Contains(";'=CMD|' /C CALC'!A0;", csv, StringComparison.Ordinal);
        var api = await navigateur.GetAsync($"/api/v1/imports/{id}");
        Assert.Contains("\"fini\":true", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var encore = await navigateur.DeposerAsync("/imports/nouveau", [new("Saisie.Type", "Cnaf")], "flux-janvier-bis.xml", fichier);
        Assert.Equal($"/imports/{id}", encore.Headers.Location?.OriginalString);
        Assert.Contains("déjà été importé", (await navigateur.PageAsync($"/imports/{id}")).Body?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Formulaire_sans_fichier_revient_avec_un_message_et_ne_cree_rien()
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var avant = await app.DansDepartementAsync("49", db => db.Imports.CountAsync());

        var reponse = await navigateur.DeposerAsync("/imports/nouveau", [new("Saisie.Type", "Tableur")], "vide.csv", []);

        var page = await Navigateur.DocumentAsync(reponse);
        Assert.Contains("Choisissez un fichier non vide", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Choisissez la configuration", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(avant, await app.DansDepartementAsync("49", db => db.Imports.CountAsync()));
    }

    [Fact]
    public async Task Tableur_mal_configure_se_corrige_puis_se_rejoue()
    {
        var configuration = TableurDeTest.Configuration($"Extraction {Guid.NewGuid():N}"[..30]);
        configuration.Colonnes[ChampTableur.Sexe] = "Genre";
        var configurationId = await app.DansDepartementAsync("49", async db =>
        {
            db.ConfigurationsTableur.Add(configuration);
            await db.SaveChangesAsync();
            return configuration.Id;
        });
        var lignes = TableurDeTest.LignesValides().Select(l => l.Select(c => c.Replace("0000000000", "7770000000", StringComparison.Ordinal)).ToArray()).ToList();
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");

        var depot = await navigateur.DeposerAsync("/imports/nouveau",
            [new("Saisie.Type", "Tableur"), new("Saisie.ConfigurationId", configurationId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Saisie.DateReference", "2026-03-31")],
            "extraction.csv", Encoding.UTF8.GetBytes(TableurDeTest.Csv(lignes)));
        var url = depot.Headers.Location!.OriginalString;
        var id = int.Parse(url["/imports/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Genre", (await navigateur.PageAsync(url)).QuerySelector("#titre-apercu")?.ParentElement?.TextContent, StringComparison.Ordinal);
        await navigateur.SoumettreAsync(url, [], url + "?handler=Lancer");
        var echoue = await AttendreFinAsync(app, id);
        Assert.Equal(StatutImport.Echoue, echoue.Statut);
        Assert.Contains("« Genre »", echoue.ErreurFichier, StringComparison.Ordinal);

        await app.DansDepartementAsync("49", async db =>
        {
            var c = await db.ConfigurationsTableur.SingleAsync(x => x.Id == configurationId);
            c.Colonnes = new(c.Colonnes) { [ChampTableur.Sexe] = "Sexe" };
            await db.SaveChangesAsync();
        });
        var rejeu = await navigateur.SoumettreAsync(url, [], url + "?handler=Rejouer");
        var rejoue = await AttendreFinAsync(app, int.Parse(rejeu.Headers.Location!.OriginalString["/imports/".Length..], System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((StatutImport.Termine, 2, 0), (rejoue.Statut, rejoue.Crees, rejoue.Rejetes));
    }

    [Theory]
    [InlineData("agent-territoire@49")]
    [InlineData("referent@49")]
    [InlineData("operateur@49")]
    [InlineData("lecteur@49")]
    [InlineData("admin@49")]
    public async Task Imports_refuses_hors_agent_du_departement(string login)
    {
        var import = (await ImporterAsync(app, Flux(Janvier, Foyer(NouveauNumero(), "2", Personne("REFUS", "ROLE", new DateOnly(1965, 1, 1)))))).Import!;
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        foreach (var url in new[] { "/imports", "/imports/nouveau", "/imports/configurations", $"/imports/{import.Id}", $"/imports/{import.Id}?handler=Rejets" })
            Administration.Refus.Refuse(await navigateur.GetAsync(url), $"{login} sur {url}");
        // The policy is checked before the antiforgery token: a refused user never reaches a handler.
        foreach (var handler in new[] { "Lancer", "Rejouer" })
            Administration.Refus.Refuse(await navigateur.PosterAsync($"/imports/{import.Id}?handler={handler}", []), $"{login} POST {handler}");
        using var corps = new ByteArrayContent(Flux(Janvier));
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.Client.PostAsync(new Uri("/api/v1/imports/cnaf", UriKind.Relative), corps)).StatusCode);
    }

    [Fact]
    public async Task Import_d_un_autre_departement_est_introuvable_et_anonyme_redirige()
    {
        var import = (await ImporterAsync(app, Flux(Janvier, Foyer(NouveauNumero(), "2", Personne("AUTRE", "DEP", new DateOnly(1970, 1, 1)))))).Import!;
        using var agent37 = await Navigateur.ConnecteAsync(app, "agent@37");
        Assert.Equal(HttpStatusCode.NotFound, (await agent37.GetAsync($"/imports/{import.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent37.GetAsync($"/api/v1/imports/{import.Id}")).StatusCode);
        using var anonyme = Navigateur.Anonyme(app);
        Administration.Refus.VersConnexion(await anonyme.GetAsync($"/imports/{import.Id}"), "anonyme");
    }

    [Fact]
    public async Task Api_accepte_un_depot_automatique_et_donne_l_avancement()
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        using var corps = new ByteArrayContent(Flux(Janvier, Foyer(NouveauNumero(), "2", Personne("API", "DEPOT", new DateOnly(1975, 5, 5)))));

        var reponse = await navigateur.Client.PostAsync(new Uri("/api/v1/imports/cnaf?nom=depot.xml", UriKind.Relative), corps);

        Assert.Equal(HttpStatusCode.Accepted, reponse.StatusCode);
        var id = int.Parse(reponse.Headers.Location!.OriginalString["/api/v1/imports/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, (await AttendreFinAsync(app, id)).Crees);
    }
}
