using System.Net;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;

namespace Passerelle.Tests.Features.Dossiers;

public sealed class AccesDossiersTests(Application app) : IClassFixture<Application>
{
    private static readonly DateOnly Naissance = new(1980, 2, 3);

    [Theory]
    [InlineData("admin@49")]
    [InlineData("operateur@49")]
    [InlineData("membre-ep@49")]
    [InlineData("pilote@49")]
    [InlineData("lecteur@49")]
    [InlineData("beneficiaire@49")]
    public async Task Roles_sans_dossiers_a_ouvrir_sont_refuses_partout(string login)
    {
        var dossier = await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(NomUnique(), "REFUS", Naissance));
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        foreach (var url in new[] { "/dossiers", $"/dossiers/{dossier.Id}", "/dossiers?format=csv" })
            Refus.Refuse(await navigateur.GetAsync(url), $"{login} GET {url}");
        foreach (var url in new[] { "/api/v1/dossiers", $"/api/v1/dossiers/{dossier.Id}" })
            Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync(url)).StatusCode);
        Assert.Equal(0, await ConsultationsAsync(app, dossier.Id));
    }

    [Fact]
    public async Task Sans_session_la_recherche_et_le_dossier_renvoient_a_la_connexion()
    {
        var dossier = await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(NomUnique(), "ANONYME", Naissance));
        using var navigateur = Navigateur.Anonyme(app);
        Refus.VersConnexion(await navigateur.GetAsync("/dossiers"), "recherche");
        Refus.VersConnexion(await navigateur.GetAsync($"/dossiers/{dossier.Id}"), "dossier");
        Assert.Equal(HttpStatusCode.Unauthorized, (await navigateur.GetAsync($"/api/v1/dossiers/{dossier.Id}")).StatusCode);
    }

    [Theory]
    [InlineData("agent@49")]
    [InlineData("agent-territoire@49")]
    public async Task Agents_ouvrent_les_dossiers_de_leur_perimetre(string login)
    {
        var nom = NomUnique();
        var dossier = await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(nom, "OUVERT", Naissance));
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Assert.Equal($"Dossier RSA {dossier.NumDemRsa}", (await navigateur.PageAsync($"/dossiers/{dossier.Id}")).QuerySelector("h1")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await navigateur.GetAsync($"/api/v1/dossiers/{dossier.Id}")).StatusCode);
    }

    [Fact]
    public async Task Agent_territorial_recoit_404_hors_de_son_territoire_ou_sans_territoire()
    {
        var saumur = await CreerAsync(app, Saumurois, "49328", "SAUMUR", new PersonneDeTest(NomUnique(), "AILLEURS", Naissance));
        var sansTerritoire = await CreerAsync(app, null, "49007", "ANGERS", new PersonneDeTest(NomUnique(), "NULLEPART", Naissance));
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent-territoire@49");
        foreach (var id in new[] { saumur.Id, sansTerritoire.Id })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync($"/dossiers/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync($"/api/v1/dossiers/{id}")).StatusCode);
            Assert.Equal(0, await ConsultationsAsync(app, id));
        }
        using var departemental = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Equal(HttpStatusCode.OK, (await departemental.GetAsync($"/dossiers/{sansTerritoire.Id}")).StatusCode);
    }

    [Fact]
    public async Task Agent_d_un_autre_departement_recoit_404()
    {
        var dossier = await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(NomUnique(), "VOISIN", Naissance));
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@37");
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync($"/dossiers/{dossier.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync($"/api/v1/dossiers/{dossier.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync("/dossiers/999999")).StatusCode);
    }

    [Fact]
    public async Task Menu_et_accueil_de_l_agent_menent_aux_dossiers()
    {
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var accueil = await agent.PageAsync("/");
        Assert.NotNull(accueil.QuerySelector("nav a[href='/dossiers']"));
        Assert.NotNull(accueil.QuerySelector("main a[href='/dossiers']"));
        using var operateur = await Navigateur.ConnecteAsync(app, "operateur@49");
        Assert.Null((await operateur.PageAsync("/")).QuerySelector("a[href='/dossiers']"));
    }

    [Theory]
    [InlineData("referent@49")]
    [InlineData("responsable@49")]
    public async Task Referent_et_responsable_ne_voient_pas_un_dossier_hors_de_leur_portefeuille(string login)
    {
        var nom = NomUnique();
        var dossier = await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(nom, "HORS", Naissance));
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync($"/dossiers/{dossier.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync($"/api/v1/dossiers/{dossier.Id}")).StatusCode);
        Assert.DoesNotContain(nom, await (await navigateur.GetAsync($"/api/v1/dossiers?nom={nom}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await ConsultationsAsync(app, dossier.Id));
    }
}
