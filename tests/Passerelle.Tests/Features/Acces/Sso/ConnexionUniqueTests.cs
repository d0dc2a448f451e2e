using System.Net;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Acces.Sso;

/// <summary>Single sign-on against a real OpenID Connect provider: the account of the e-mail, with its Passerelle habilitations.</summary>
public sealed class ConnexionUniqueTests(ApplicationSso app) : IClassFixture<ApplicationSso>
{
    [Fact]
    public async Task Page_de_connexion_avec_fournisseur_configure_propose_le_bouton()
    {
        using var navigateur = app.Navigateur();
        var page = await navigateur.PageAsync("/connexion");
        Assert.Contains(page.QuerySelectorAll("button"), b => b.TextContent.Trim() == $"Se connecter avec {ApplicationSso.NomFournisseur}");
    }

    [Fact]
    public async Task Connexion_unique_d_un_agent_ouvre_ses_pages_avec_les_memes_habilitations_qu_un_mot_de_passe()
    {
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.AgentDepartemental);
        using var parMotDePasse = await Navigateur.ConnecteAsync(app, email);
        var attendu = await (await parMotDePasse.GetAsync("/api/v1/moi")).Content.ReadAsStringAsync();
        using var navigateur = app.Navigateur();

        var reponse = await app.ConnecterAsync(navigateur, email);

        Assert.Equal("/", reponse.Headers.Location?.OriginalString);
        Assert.Equal(attendu, await (await navigateur.GetAsync("/api/v1/moi")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await navigateur.GetAsync("/cohortes")).StatusCode);
        Refus.Refuse(await navigateur.GetAsync("/administration"), "un agent n'administre pas");
    }

    [Fact]
    public async Task Connexion_unique_garde_la_page_demandee()
    {
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.AgentDepartemental);
        using var navigateur = app.Navigateur();
        var depart = await navigateur.SoumettreAsync("/connexion?ReturnUrl=%2Fcohortes", [new("ReturnUrl", "/cohortes")], action: "/connexion/sso");
        var retour = await FournisseurOidc.VisiterAsync(depart.Headers.Location!, email, doubleFacteur: false);

        var reponse = await ApplicationSso.SuivreAsync(navigateur, retour);

        Assert.Equal("/cohortes", reponse.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Administrateur_avec_double_facteur_du_fournisseur_administre_sans_code_passerelle()
    {
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Administrateur, deuxFacteurs: true);
        using var navigateur = app.Navigateur();

        var reponse = await app.ConnecterAsync(navigateur, email, doubleFacteur: true);

        Assert.Equal("/", reponse.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await navigateur.GetAsync("/administration")).StatusCode);
    }

    [Fact]
    public async Task Administrateur_sans_double_facteur_du_fournisseur_saisit_son_code_passerelle()
    {
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Administrateur, deuxFacteurs: true);
        using var navigateur = app.Navigateur();

        var reponse = await app.ConnecterAsync(navigateur, email, doubleFacteur: false);

        Assert.StartsWith("/connexion/second-facteur", reponse.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Refus.VersConnexion(await navigateur.GetAsync("/administration"), "pas encore de second facteur");
        var code = await navigateur.SoumettreAsync(reponse.Headers.Location!.OriginalString, [new("Saisie.Code", Navigateur.CodeTotp())]);
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await navigateur.GetAsync("/administration")).StatusCode);
    }

    [Fact]
    public async Task Administrateur_sans_aucun_double_facteur_est_envoye_a_son_activation()
    {
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Administrateur);
        using var navigateur = app.Navigateur();

        var reponse = await app.ConnecterAsync(navigateur, email, doubleFacteur: false);

        Assert.Equal("/compte/double-authentification?obligatoire=True", reponse.Headers.Location?.OriginalString);
        Refus.Refuse(await navigateur.GetAsync("/administration"), "administration sans second facteur");
    }

    [Fact]
    public async Task Deconnexion_apres_connexion_unique_ferme_aussi_la_session_du_fournisseur()
    {
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.AgentDepartemental);
        using var navigateur = app.Navigateur();
        await app.ConnecterAsync(navigateur, email);

        var sortie = await navigateur.SoumettreAsync("/", [], action: "/deconnexion");

        var finDeSession = sortie.Headers.Location ?? throw new InvalidOperationException($"Pas de redirection ({sortie.StatusCode}).");
        Assert.StartsWith(app.Fournisseur.Autorite + "connect/endsession", finDeSession.ToString(), StringComparison.Ordinal);
        Assert.Contains("id_token_hint=", finDeSession.Query, StringComparison.Ordinal);
        var retour = await FournisseurOidc.VisiterAsync(finDeSession, email, doubleFacteur: false);
        Assert.Equal("/connexion/sso/deconnectee", retour.AbsolutePath);
        Assert.Equal("/connexion", (await navigateur.GetAsync(retour.PathAndQuery)).Headers.Location?.OriginalString);
        Refus.VersConnexion(await navigateur.GetAsync("/compte"), "session fermée");
    }

    [Fact]
    public async Task Compte_local_se_connecte_toujours_par_mot_de_passe()
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Equal(HttpStatusCode.OK, (await navigateur.GetAsync("/compte")).StatusCode);
    }
}
