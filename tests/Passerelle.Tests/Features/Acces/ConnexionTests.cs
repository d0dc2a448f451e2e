using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Support;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Demo;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Acces;

public sealed class ConnexionTests(Application app) : IClassFixture<Application>
{
    [Theory]
    [MemberData(nameof(EspacesDeDemo.Tous), MemberType = typeof(EspacesDeDemo))]
    public async Task Connexion_avec_login_de_demo_arrive_sur_son_espace(string login, string titre)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        var accueil = await navigateur.PageAsync("/");
        Assert.Equal(titre, accueil.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("Maine-et-Loire", accueil.QuerySelector(".fr-header__service-tagline")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_protegee_sans_session_redirige_vers_la_connexion()
    {
        using var navigateur = Navigateur.Anonyme(app);
        var reponse = await navigateur.GetAsync("/compte");
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        Assert.StartsWith("https://localhost/connexion?ReturnUrl=%2Fcompte", reponse.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_sans_session_repond_401_sans_redirection()
    {
        using var navigateur = Navigateur.Anonyme(app);
        var reponse = await navigateur.GetAsync("/api/v1/moi");
        Assert.Equal(HttpStatusCode.Unauthorized, reponse.StatusCode);
    }

    [Fact]
    public async Task Mauvais_mot_de_passe_affiche_une_erreur_et_est_journalise()
    {
        using var navigateur = Navigateur.Anonyme(app);
        var reponse = await navigateur.SoumettreAsync("/connexion", new Dictionary<string, string>
        {
            ["Saisie.Email"] = "pilote@37.passerelle.test",
            ["Saisie.MotDePasse"] = "pas-le-bon",
        });
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var page = await Navigateur.DocumentAsync(reponse);
        Assert.Contains("Adresse électronique ou mot de passe incorrect", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("pilote@37.passerelle.test", page.QuerySelector("#Saisie_Email")?.GetAttribute("value"));
        Assert.Equal("", page.QuerySelector("#Saisie_MotDePasse")?.GetAttribute("value"));
        var echecs = await app.DansDepartementAsync("37", db => db.Audit.CountAsync(a => a.Action == AuditActions.ConnexionEchouee && a.Utilisateur == "pilote@37.passerelle.test"));
        Assert.Equal(1, echecs);
    }

    [Fact]
    public async Task Formulaire_vide_reaffiche_les_erreurs_de_champ()
    {
        using var navigateur = Navigateur.Anonyme(app);
        var reponse = await navigateur.SoumettreAsync("/connexion", new Dictionary<string, string> { ["Saisie.Email"] = "", ["Saisie.MotDePasse"] = "" });
        var page = await Navigateur.DocumentAsync(reponse);
        Assert.Equal("Saisissez votre adresse électronique.", page.QuerySelector("#Saisie_Email-erreur")?.TextContent);
        Assert.Equal("Saisissez votre mot de passe.", page.QuerySelector("#Saisie_MotDePasse-erreur")?.TextContent);
    }

    [Fact]
    public async Task Post_sans_jeton_antiforgery_est_refuse()
    {
        using var navigateur = Navigateur.Anonyme(app);
        var reponse = await navigateur.PosterAsync("/connexion", new Dictionary<string, string>
        {
            ["Saisie.Email"] = "agent@49.passerelle.test",
            ["Saisie.MotDePasse"] = DonneesDemo.MotDePasse,
        });
        Assert.Equal(HttpStatusCode.BadRequest, reponse.StatusCode);
        Assert.DoesNotContain(reponse.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("passerelle=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Compte_desactive_ne_peut_pas_se_connecter()
    {
        var email = await CreerCompteAsync("desactive", actif: false);
        using var navigateur = Navigateur.Anonyme(app);
        var reponse = await navigateur.SoumettreAsync("/connexion", new Dictionary<string, string> { ["Saisie.Email"] = email, ["Saisie.MotDePasse"] = DonneesDemo.MotDePasse });
        var page = await Navigateur.DocumentAsync(reponse);
        Assert.Contains("Ce compte est désactivé", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await navigateur.GetAsync("/compte")).StatusCode);
    }

    [Fact]
    public async Task Cinq_echecs_retardent_meme_le_bon_mot_de_passe_avec_le_message_commun()
    {
        var email = await CreerCompteAsync("verrou", actif: true);
        using var navigateur = Navigateur.Anonyme(app);
        for (var i = 0; i < 5; i++)
            await navigateur.SoumettreAsync("/connexion", new Dictionary<string, string> { ["Saisie.Email"] = email, ["Saisie.MotDePasse"] = "Mauvais-mot-2026!" });
        var reponse = await navigateur.SoumettreAsync("/connexion", new Dictionary<string, string> { ["Saisie.Email"] = email, ["Saisie.MotDePasse"] = DonneesDemo.MotDePasse });
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var page = await Navigateur.DocumentAsync(reponse);
        Assert.Equal(Passerelle.Web.Features.Acces.ConnexionModel.MessageEchec, page.QuerySelector("[role=alert] p")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await navigateur.GetAsync("/compte")).StatusCode);
    }

    [Fact]
    public async Task Administrateur_sans_second_facteur_n_accede_pas_a_l_administration()
    {
        var email = await CreerCompteAsync("admin-sans-2fa", actif: true, Role.Administrateur);
        using var navigateur = Navigateur.Anonyme(app);
        var reponse = await navigateur.SoumettreAsync("/connexion", new Dictionary<string, string> { ["Saisie.Email"] = email, ["Saisie.MotDePasse"] = DonneesDemo.MotDePasse });
        Assert.Equal("/compte/double-authentification?obligatoire=True", reponse.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await navigateur.GetAsync("/administration/journal")).StatusCode);
    }

    [Fact]
    public async Task Deconnexion_ferme_la_session()
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var reponse = await navigateur.SoumettreAsync("/", [], action: "/deconnexion");
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await navigateur.GetAsync("/")).StatusCode);
    }

    private async Task<string> CreerCompteAsync(string prefixe, bool actif, Role role = Role.Lecteur)
    {
        var email = $"{prefixe}-{Guid.NewGuid():N}@49.passerelle.test";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var departement = await db.Departements.SingleAsync(d => d.Code == "49");
        scope.ServiceProvider.GetRequiredService<Passerelle.Web.Features.Acces.TenantContext>().Utiliser(departement.Id);
        var user = new Utilisateur { Prenom = "Test", Nom = prefixe, DepartementId = departement.Id, Email = email, UserName = email, Actif = actif };
        user.Habilitations.Add(new Habilitation { UtilisateurId = user.Id, Role = role });
        var resultat = await users.CreateAsync(user, DonneesDemo.MotDePasse);
        Assert.True(resultat.Succeeded, string.Join(", ", resultat.Errors.Select(e => e.Description)));
        return email;
    }
}
