using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Demo;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Utilisateurs;

/// <summary>Deactivation, reactivation and second-factor reset, and what they do to sign-in and open sessions.</summary>
public sealed class StatutCompteTests(Application app) : IClassFixture<Application>
{
    private static string Fiche(string id) => $"/administration/utilisateurs/{id}";

    private static Task<HttpResponseMessage> AgirAsync(Navigateur admin, string id, string action) =>
        admin.SoumettreAsync(Fiche(id), [], $"{Fiche(id)}/statut?handler={action}");

    private async Task<string> MessageConnexionAsync(string email)
    {
        using var navigateur = Navigateur.Anonyme(app);
        var reponse = await navigateur.SoumettreAsync("/connexion", new Dictionary<string, string> { ["Saisie.Email"] = email, ["Saisie.MotDePasse"] = DonneesDemo.MotDePasse });
        return reponse.StatusCode == HttpStatusCode.Redirect
            ? $"redirection vers {reponse.Headers.Location}"
            : (await Navigateur.DocumentAsync(reponse)).QuerySelector("[role=alert]")?.TextContent ?? "";
    }

    [Fact]
    public async Task Desactivation_empeche_la_connexion_renouvelle_le_tampon_et_journalise()
    {
        var (id, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Lecteur);
        var tampon = (await ComptesDeTest.CompteAsync(app, id)).SecurityStamp;
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        var reponse = await AgirAsync(admin, id, "Desactiver");

        Assert.Equal(Fiche(id), Refus.Chemin(reponse));
        var compte = await ComptesDeTest.CompteAsync(app, id);
        Assert.False(compte.Actif);
        Assert.NotEqual(tampon, compte.SecurityStamp);
        Assert.Contains("Ce compte est désactivé", await MessageConnexionAsync(email), StringComparison.Ordinal);
        Assert.True(await app.DansDepartementAsync("49", db => db.Audit.AnyAsync(a => a.Action == AuditActions.Desactivation && a.ObjetId == id)));
    }

    [Fact]
    public async Task Desactivation_ferme_la_session_ouverte_du_compte_a_la_verification_suivante()
    {
        await using var revalidant = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero)));
        var (id, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.PiloteProgramme);
        using var session = await ComptesDeTest.ConnecterAsync(revalidant, email);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/")).StatusCode);
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        await AgirAsync(admin, id, "Desactiver");

        Refus.VersConnexion(await session.GetAsync("/"), "session du compte désactivé");
    }

    [Fact]
    public async Task Desactivation_de_son_propre_compte_est_refusee()
    {
        var moi = await ComptesDeTest.IdDeAsync(app, "admin@49");
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        await AgirAsync(admin, moi, "Desactiver");

        var fiche = await admin.PageAsync(Fiche(moi));
        Assert.Contains("votre propre compte", fiche.QuerySelector(".fr-alert--error")?.TextContent, StringComparison.Ordinal);
        Assert.True((await ComptesDeTest.CompteAsync(app, moi)).Actif);
    }

    [Fact]
    public async Task Reactivation_rend_la_connexion_possible_et_journalise()
    {
        var (id, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Lecteur, actif: false);
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        await AgirAsync(admin, id, "Reactiver");

        Assert.True((await ComptesDeTest.CompteAsync(app, id)).Actif);
        Assert.Equal("redirection vers /", await MessageConnexionAsync(email));
        Assert.True(await app.DansDepartementAsync("49", db => db.Audit.AnyAsync(a => a.Action == AuditActions.Reactivation && a.ObjetId == id)));
    }

    [Fact]
    public async Task Reinitialisation_du_second_facteur_impose_d_en_configurer_un_nouveau()
    {
        var (id, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Administrateur, deuxFacteurs: true);
        var avant = await ComptesDeTest.CompteAsync(app, id);
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        await AgirAsync(admin, id, "ReinitialiserSecondFacteur");

        var apres = await ComptesDeTest.CompteAsync(app, id);
        Assert.False(apres.TwoFactorEnabled);
        Assert.NotEqual(avant.SecurityStamp, apres.SecurityStamp);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
            Assert.NotEqual(DonneesDemo.CleAuthentificateur, await users.GetAuthenticatorKeyAsync(apres));
        }
        Assert.Equal("redirection vers /compte/double-authentification?obligatoire=True", await MessageConnexionAsync(email));
        Assert.True(await app.DansDepartementAsync("49", db => db.Audit.AnyAsync(a => a.Action == AuditActions.DoubleAuthentificationReinitialisee && a.ObjetId == id)));
    }

    [Fact]
    public async Task Lecture_de_l_adresse_de_statut_renvoie_a_la_fiche()
    {
        var (id, _) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Lecteur);
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        Assert.Equal(Fiche(id), Refus.Chemin(await admin.GetAsync($"{Fiche(id)}/statut")));
    }
}
