using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Administration;

/// <summary>Who may open and post every administration page: allowed roles succeed, all others are refused.</summary>
public sealed class AccesAdministrationTests(Application app) : IClassFixture<Application>
{
    public static readonly TheoryData<string> RolesNonAdministrateurs =
        ["agent@49", "agent-territoire@49", "referent@49", "responsable@49", "operateur@49", "pilote@49", "membre-ep@49", "lecteur@49", "beneficiaire@49"];

    private sealed record Cibles(string[] PagesDepartement, string[] PagesPlateforme, (string Url, Dictionary<string, string> Champs)[] EnvoisDepartement,
        (string Url, Dictionary<string, string> Champs)[] EnvoisPlateforme, string CompteVise)
    {
        public IEnumerable<string> Pages => PagesDepartement.Concat(PagesPlateforme);
        public IEnumerable<(string Url, Dictionary<string, string> Champs)> Envois => EnvoisDepartement.Concat(EnvoisPlateforme);
    }

    /// <summary>Every page and handler of the area, aimed at a demo account and département that must stay unchanged.</summary>
    private async Task<Cibles> CiblesAsync()
    {
        var lecteur = await ComptesDeTest.IdDeAsync(app, "lecteur@49");
        var habilitation = await app.DansDepartementAsync("49", db => db.Habilitations.Where(h => h.UtilisateurId == lecteur).Select(h => h.Id).FirstAsync());
        var dep37 = await app.DansDepartementAsync("49", db => db.Departements.Where(d => d.Code == "37").Select(d => d.Id).SingleAsync());
        var compte = $"/administration/utilisateurs/{lecteur}";
        return new Cibles(
            ["/administration", "/administration/utilisateurs", "/administration/utilisateurs/nouveau", compte, $"{compte}/modifier", $"{compte}/statut",
             "/administration/journal", "/administration/journal?handler=Export"],
            ["/administration/departements", "/administration/departements/nouveau", $"/administration/departements/{dep37}/modifier"],
            [
                ("/administration/utilisateurs/nouveau", new() { ["Saisie.Prenom"] = "Intrus", ["Saisie.Nom"] = "Intrus", ["Saisie.Email"] = $"intrus-{Guid.NewGuid():N}@49.passerelle.test", ["Saisie.MotDePasse"] = "Intrus-Passe-2026!", ["Saisie.Habilitation.Role"] = "Administrateur" }),
                ($"{compte}?handler=Ajouter", new() { ["Ajout.Role"] = "Administrateur" }),
                ($"{compte}?handler=Retirer&habilitationId={habilitation}", []),
                ($"{compte}/modifier", new() { ["Saisie.Prenom"] = "Pirate", ["Saisie.Nom"] = "Pirate", ["Saisie.Email"] = "pirate@49.passerelle.test" }),
                ($"{compte}/statut?handler=Desactiver", []),
                ($"{compte}/statut?handler=Reactiver", []),
                ($"{compte}/statut?handler=ReinitialiserSecondFacteur", []),
            ],
            [
                ("/administration/departements/nouveau", new() { ["Saisie.Code"] = "72", ["Saisie.Nom"] = "Sarthe" }),
                ($"/administration/departements/{dep37}/modifier", new() { ["Saisie.Nom"] = "Renommé", ["Saisie.Version"] = "0" }),
                ($"/administration/departements/{dep37}/modifier?handler=Desactiver", []),
                ($"/administration/departements/{dep37}/modifier?handler=Reactiver", []),
            ],
            lecteur);
    }

    private async Task RienNAChangeAsync(Cibles cibles)
    {
        var compte = await ComptesDeTest.CompteAsync(app, cibles.CompteVise);
        Assert.True(compte.Actif);
        Assert.Equal("Inès", compte.Prenom);
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.Habilitations.CountAsync(h => h.UtilisateurId == cibles.CompteVise)));
        Assert.False(await app.DansDepartementAsync("49", db => db.Departements.AnyAsync(d => d.Code == "72" || d.Nom == "Renommé" || !d.Actif)));
        Assert.False(await app.DansDepartementAsync("49", db => db.Users.AnyAsync(u => u.Nom == "Intrus")));
    }

    [Theory]
    [MemberData(nameof(RolesNonAdministrateurs))]
    public async Task Administration_par_un_role_non_administrateur_est_refusee(string login)
    {
        var cibles = await CiblesAsync();
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        foreach (var page in cibles.Pages)
            Refus.Refuse(await navigateur.GetAsync(page), $"GET {page} par {login}");
        var jeton = await ComptesDeTest.JetonAsync(navigateur, "/");
        foreach (var (url, champs) in cibles.Envois)
            Refus.Refuse(await navigateur.PosterAsync(url, champs, jeton), $"POST {url} par {login}");
        await RienNAChangeAsync(cibles);
    }

    [Fact]
    public async Task Administration_sans_session_redirige_vers_la_connexion()
    {
        var cibles = await CiblesAsync();
        using var navigateur = Navigateur.Anonyme(app);
        foreach (var page in cibles.Pages)
            Refus.VersConnexion(await navigateur.GetAsync(page), $"GET {page}");
        var jeton = await ComptesDeTest.JetonAsync(navigateur, "/connexion");
        foreach (var (url, champs) in cibles.Envois)
            Refus.VersConnexion(await navigateur.PosterAsync(url, champs, jeton), $"POST {url}");
        await RienNAChangeAsync(cibles);
    }

    [Fact]
    public async Task Administration_par_un_administrateur_sans_second_facteur_est_refusee()
    {
        var cibles = await CiblesAsync();
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Administrateur);
        using var navigateur = await ComptesDeTest.ConnecterAsync(app, email);
        foreach (var page in cibles.Pages)
            Refus.Refuse(await navigateur.GetAsync(page), $"GET {page}");
        var jeton = await ComptesDeTest.JetonAsync(navigateur, "/");
        foreach (var (url, champs) in cibles.Envois)
            Refus.Refuse(await navigateur.PosterAsync(url, champs, jeton), $"POST {url}");
        await RienNAChangeAsync(cibles);
    }

    [Fact]
    public async Task Departements_par_un_administrateur_non_plateforme_sont_refuses()
    {
        var cibles = await CiblesAsync();
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@37");
        foreach (var page in cibles.PagesPlateforme)
            Refus.Refuse(await navigateur.GetAsync(page), $"GET {page}");
        var jeton = await ComptesDeTest.JetonAsync(navigateur, "/");
        foreach (var (url, champs) in cibles.EnvoisPlateforme)
            Refus.Refuse(await navigateur.PosterAsync(url, champs, jeton), $"POST {url}");
        await RienNAChangeAsync(cibles);
    }

    [Theory]
    [InlineData("admin@49")]
    [InlineData("admin@37")]
    public async Task Pages_du_departement_par_son_administrateur_s_ouvrent(string login)
    {
        var lecteur = await ComptesDeTest.IdDeAsync(app, $"lecteur@{login.Split('@')[1]}");
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        foreach (var page in new[] { "/administration", "/administration/utilisateurs", "/administration/utilisateurs/nouveau", $"/administration/utilisateurs/{lecteur}", $"/administration/utilisateurs/{lecteur}/modifier", "/administration/journal", "/administration/journal?handler=Export" })
            Assert.True((await navigateur.GetAsync(page)).StatusCode == HttpStatusCode.OK, $"GET {page} par {login}");
    }

    [Fact]
    public async Task Pages_des_departements_par_l_administrateur_plateforme_s_ouvrent()
    {
        var cibles = await CiblesAsync();
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        foreach (var page in cibles.PagesPlateforme)
            Assert.True((await navigateur.GetAsync(page)).StatusCode == HttpStatusCode.OK, $"GET {page}");
    }

    [Fact]
    public async Task Accueil_administration_montre_les_rubriques_et_les_comptes_actifs()
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        var actifs = await app.DansDepartementAsync("49", db => db.UtilisateursDuDepartement().CountAsync(u => u.Actif));
        var page = await navigateur.PageAsync("/administration");
        var rubriques = page.QuerySelectorAll("#rubriques .fr-tile__title").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(["Territoires", "Structures", "Utilisateurs", "Journal d'audit", "Clés d'API", "Conservation des données", "Délais des prescriptions", "Équipes pluridisciplinaires", "Départements"], rubriques);
        Assert.Contains($"{actifs} comptes actifs", page.QuerySelector("#rubriques")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accueil_administration_sans_droit_plateforme_n_offre_pas_les_departements()
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@37");
        var page = await navigateur.PageAsync("/administration");
        Assert.DoesNotContain("Départements", page.QuerySelectorAll("#rubriques .fr-tile__title").Select(t => t.TextContent.Trim()));
    }

    [Fact]
    public async Task Session_administrateur_revalidee_garde_son_second_facteur()
    {
        await using var revalidant = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero)));
        using var navigateur = await ComptesDeTest.ConnecterAsync(revalidant, "admin@49.passerelle.test");
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.OK, (await navigateur.GetAsync("/administration")).StatusCode);
    }
}
