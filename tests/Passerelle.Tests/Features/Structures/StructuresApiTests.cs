using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Tests.Features.Structures;

public sealed class StructuresApiTests(Application app) : IClassFixture<Application>
{
    private static readonly Uri Structures = new("/api/v1/structures", UriKind.Relative);

    [Fact]
    public async Task Liste_est_paginee_et_limitee_aux_structures_actives_du_departement()
    {
        var actives = await app.DansDepartementAsync("49", db => db.Structures.CountAsync(s => s.Actif));
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var page1 = await LirePageAsync(navigateur, "?page=1&taille=5");
        var page2 = await LirePageAsync(navigateur, "?page=2&taille=5");
        Assert.Equal((5, actives, 1), (page1.Elements.Count, page1.Total, page1.Numero));
        Assert.Empty(page1.Elements.Select(e => e.Id).Intersect(page2.Elements.Select(e => e.Id)));
        Assert.Empty((await LirePageAsync(navigateur, $"?page={actives + 1}&taille=5")).Elements);
        Assert.Equal(Pagination.TailleMaximale, (await LirePageAsync(navigateur, "?taille=1000")).Taille);
    }

    [Fact]
    public async Task Liste_d_un_referent_ne_contient_que_sa_structure()
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "referent@49");
        var page = await LirePageAsync(navigateur, "");
        Assert.Equal(1, page.Total);
        Assert.Equal(nameof(TypeStructure.CcasCias), Assert.Single(page.Elements).Type);
    }

    [Theory]
    [InlineData("membre-ep@49")]
    [InlineData("lecteur@49")]
    [InlineData("beneficiaire@49")]
    public async Task Lecture_refusee_aux_roles_hors_annuaire(string login)
    {
        var (id, _) = await DonneesStructures.DuSeulTerritoireAsync(app, "49", "Saumurois");
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync("/api/v1/structures")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync($"/api/v1/structures/{id}")).StatusCode);
    }

    [Fact]
    public async Task Sans_session_l_api_repond_401()
    {
        using var navigateur = Navigateur.Anonyme(app);
        Assert.Equal(HttpStatusCode.Unauthorized, (await navigateur.GetAsync("/api/v1/structures")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await navigateur.Client.PostAsJsonAsync(Structures, new SaisieStructure())).StatusCode);
    }

    [Fact]
    public async Task Fiche_repond_403_hors_perimetre_et_404_pour_un_autre_departement()
    {
        var (saumur, _) = await DonneesStructures.DuSeulTerritoireAsync(app, "49", "Saumurois");
        var (angers, nomAngers) = await DonneesStructures.DuSeulTerritoireAsync(app, "49", "Angers Loire Métropole");
        using var territorial = await Navigateur.ConnecteAsync(app, "agent-territoire@49");
        Assert.Equal(HttpStatusCode.Forbidden, (await territorial.GetAsync($"/api/v1/structures/{saumur}")).StatusCode);
        var fiche = await territorial.Client.GetFromJsonAsync<FicheStructure>(new Uri($"/api/v1/structures/{angers}", UriKind.Relative));
        Assert.Equal(nomAngers, fiche!.Nom);
        Assert.Equal("Angers Loire Métropole", Assert.Single(fiche.Territoires).Nom);
        using var autre = await Navigateur.ConnecteAsync(app, "admin@37");
        Assert.Equal(HttpStatusCode.NotFound, (await autre.GetAsync($"/api/v1/structures/{saumur}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await autre.GetAsync("/api/v1/structures/999999")).StatusCode);
    }

    [Fact]
    public async Task Creation_valide_repond_201_avec_l_adresse_de_la_fiche_et_journalise()
    {
        var saisie = await SaisieValideAsync();
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        var reponse = await navigateur.Client.PostAsJsonAsync(Structures, saisie);
        Assert.Equal(HttpStatusCode.Created, reponse.StatusCode);
        var fiche = await reponse.Content.ReadFromJsonAsync<FicheStructure>();
        Assert.Equal($"/api/v1/structures/{fiche!.Id}", reponse.Headers.Location?.OriginalString);
        Assert.Equal((saisie.Nom, "Saumur", "MissionLocale", "Mission locale"), (fiche.Nom, fiche.Commune, fiche.Type, fiche.TypeLibelle));
        Assert.Equal(HttpStatusCode.OK, (await navigateur.GetAsync(reponse.Headers.Location!.OriginalString)).StatusCode);
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == AuditActions.Creation && a.Objet == "Structure" && a.ObjetId == fiche.Id.ToString())));
    }

    [Fact]
    public async Task Creation_invalide_renvoie_un_validation_problem_par_champ_et_ne_cree_rien()
    {
        var saisie = await SaisieValideAsync();
        saisie.Siret = "73282932000075";
        saisie.Commune = "37261";
        saisie.Territoires = [];
        saisie.Nom = " ";
        var avant = await app.DansDepartementAsync("49", db => db.Structures.CountAsync());
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        var reponse = await navigateur.Client.PostAsJsonAsync(Structures, saisie);
        Assert.Equal(HttpStatusCode.BadRequest, reponse.StatusCode);
        Assert.Equal("application/problem+json", reponse.Content.Headers.ContentType?.MediaType);
        using var probleme = JsonDocument.Parse(await reponse.Content.ReadAsStringAsync());
        var racine = probleme.RootElement;
        Assert.Equal(400, racine.GetProperty("status").GetInt32());
        Assert.Equal("La structure n'a pas été créée : corrigez les champs signalés.", racine.GetProperty("title").GetString());
        var erreurs = racine.GetProperty("errors");
        Assert.Equal(["commune", "nom", "siret", "territoires"], erreurs.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("Le SIRET est invalide : sa clé de contrôle ne correspond pas.", erreurs.GetProperty("siret")[0].GetString());
        Assert.Equal("La commune Tours (37261) n'est pas dans le département.", erreurs.GetProperty("commune")[0].GetString());
        Assert.Equal(avant, await app.DansDepartementAsync("49", db => db.Structures.CountAsync()));
    }

    [Fact]
    public async Task Creation_avec_siret_en_double_est_refusee()
    {
        var siret = await app.DansDepartementAsync("49", db => db.Structures.Where(s => s.Nom == "Cap emploi Maine-et-Loire").Select(s => s.Siret).SingleAsync());
        var saisie = await SaisieValideAsync();
        saisie.Siret = siret;
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        var reponse = await navigateur.Client.PostAsJsonAsync(Structures, saisie);
        using var probleme = JsonDocument.Parse(await reponse.Content.ReadAsStringAsync());
        Assert.Equal($"Le SIRET {siret} est déjà celui de la structure « Cap emploi Maine-et-Loire » dans le département.",
            probleme.RootElement.GetProperty("errors").GetProperty("siret")[0].GetString());
    }

    [Theory]
    [InlineData("agent@49")]
    [InlineData("pilote@49")]
    [InlineData("responsable@49")]
    public async Task Creation_refusee_aux_non_administrateurs(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        var saisie = await SaisieValideAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.Client.PostAsJsonAsync(Structures, saisie)).StatusCode);
        Assert.False(await app.DansDepartementAsync("49", db => db.Structures.AnyAsync(s => s.Nom == saisie.Nom)));
    }

    private static async Task<Page<LigneStructure>> LirePageAsync(Navigateur navigateur, string requete) =>
        (await navigateur.Client.GetFromJsonAsync<Page<LigneStructure>>(new Uri($"/api/v1/structures{requete}", UriKind.Relative)))!;

    private async Task<SaisieStructure> SaisieValideAsync() => new()
    {
        Nom = DonneesStructures.NomUnique("API"),
        Type = "MissionLocale",
        Siret = SiretsDeTest.Nouveau(),
        Adresse = "3 place de la Gare",
        Commune = "49328",
        Email = "contact@exemple.fr",
        Territoires = [await DonneesStructures.IdTerritoireAsync(app, "Saumurois")],
    };
}
