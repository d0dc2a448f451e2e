using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Support;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Acces.MotsDePasse;
using Passerelle.Web.Features.Demo;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Tests.Features.Acces;

public sealed class MotDePasseTests(ApplicationSessions app) : IClassFixture<ApplicationSessions>
{
    private const string Nouveau = "Cheval-Batterie-Agrafe-7";

    [Fact]
    public async Task Changement_exige_le_mot_de_passe_actuel_et_ferme_les_autres_sessions()
    {
        var (email, id) = await app.CreerCompteAsync("changement");
        using var ici = app.Navigateur();
        using var ailleurs = app.Navigateur();
        await ApplicationSessions.ConnecterAsync(ici, email);
        await ApplicationSessions.ConnecterAsync(ailleurs, email);

        var refus = await ici.SoumettreAsync("/compte/mot-de-passe", Saisie(actuel: "Pas-le-bon-2026!", Nouveau));
        Assert.Equal(HttpStatusCode.OK, refus.StatusCode);
        Assert.NotNull((await Navigateur.DocumentAsync(refus)).QuerySelector("#Saisie_MotDePasseActuel-erreur"));
        Assert.Equal(HttpStatusCode.OK, (await ailleurs.GetAsync("/compte")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await ici.SoumettreAsync("/compte/mot-de-passe", Saisie(DonneesDemo.MotDePasse, Nouveau))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ici.GetAsync("/compte")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ailleurs.GetAsync("/compte")).StatusCode);
        using var nouveau = app.Navigateur();
        Assert.Equal(HttpStatusCode.Redirect, (await ApplicationSessions.ConnecterAsync(nouveau, email, Nouveau)).StatusCode);
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.ObjetId == id && a.Action == AuditActions.MotDePasseModifie)));
    }

    [Theory]
    [InlineData("Azerty-123456!")]
    [InlineData("Motdepasse2026!")]
    [InlineData("Passerelle-2026!")]
    [InlineData("Maine-et-Loire-49!")]
    [InlineData("P@ssword123456")]
    public async Task Mot_de_passe_courant_est_refuse_avec_un_message_en_francais(string faible)
    {
        var (email, _) = await app.CreerCompteAsync("faible");
        using var navigateur = app.Navigateur();
        await ApplicationSessions.ConnecterAsync(navigateur, email);
        var reponse = await navigateur.SoumettreAsync("/compte/mot-de-passe", Saisie(DonneesDemo.MotDePasse, faible));
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.StartsWith("Ce mot de passe est trop courant", (await Navigateur.DocumentAsync(reponse)).QuerySelector("#Saisie_NouveauMotDePasse-erreur")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validateur_accepte_un_mot_de_passe_peu_courant_et_refuse_le_nom_du_departement()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var departement = await db.Departements.SingleAsync(d => d.Code == "37");
        var user = new Utilisateur { Prenom = "T", Nom = "T", DepartementId = departement.Id };
        var validateur = new MotsDePasseCourants(db);
        Assert.True((await validateur.ValidateAsync(users, user, Nouveau)).Succeeded);
        Assert.True((await validateur.ValidateAsync(users, user, DonneesDemo.MotDePasse)).Succeeded);
        var refus = await validateur.ValidateAsync(users, user, "Indre-et-Loire-37!");
        Assert.Equal(MotsDePasseCourants.Code, Assert.Single(refus.Errors).Code);
    }

    [Fact]
    public async Task Lien_par_e_mail_sert_une_fois()
    {
        var (email, id) = await app.CreerCompteAsync("oubli");
        using var navigateur = app.Navigateur();
        var demande = await navigateur.SoumettreAsync("/connexion/mot-de-passe-oublie", new Dictionary<string, string> { ["Saisie.Email"] = email.ToUpperInvariant() });
        Assert.Equal("/connexion", demande.Headers.Location?.OriginalString);
        var lien = await app.LienRecuAsync(email);

        Assert.NotNull((await navigateur.PageAsync(lien)).QuerySelector("#Saisie_NouveauMotDePasse"));
        Assert.Equal(HttpStatusCode.Redirect, (await navigateur.SoumettreAsync(lien, SaisieNouveau(Nouveau))).StatusCode);
        using var nouveau = app.Navigateur();
        Assert.Equal(HttpStatusCode.Redirect, (await ApplicationSessions.ConnecterAsync(nouveau, email, Nouveau)).StatusCode);

        var deuxieme = await navigateur.PageAsync(lien);
        Assert.Null(deuxieme.QuerySelector("#Saisie_NouveauMotDePasse"));
        Assert.Equal("Ce lien n'est plus valable", deuxieme.QuerySelector("[role=alert] h2")?.TextContent);
        var repost = await navigateur.PosterAsync(lien, SaisieNouveau("Autre-Phrase-Secrete-42"), await JetonAsync(navigateur));
        Assert.Equal(HttpStatusCode.OK, repost.StatusCode);
        using var ancien = app.Navigateur();
        Assert.Equal(HttpStatusCode.Redirect, (await ApplicationSessions.ConnecterAsync(ancien, email, Nouveau)).StatusCode);
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.ObjetId == id && a.Action == AuditActions.MotDePasseReinitialise)));
    }

    [Fact]
    public async Task Lien_expire_est_refuse()
    {
        var (email, _) = await app.CreerCompteAsync("expire");
        using var navigateur = app.Navigateur();
        await navigateur.SoumettreAsync("/connexion/mot-de-passe-oublie", new Dictionary<string, string> { ["Saisie.Email"] = email });
        var lien = await app.LienRecuAsync(email);
        app.Horloge.Advance(TimeSpan.FromMinutes(31));
        Assert.Null((await navigateur.PageAsync(lien)).QuerySelector("#Saisie_NouveauMotDePasse"));
        Assert.Equal(HttpStatusCode.OK, (await navigateur.PosterAsync(lien, SaisieNouveau(Nouveau), await JetonAsync(navigateur))).StatusCode);
        using var ancien = app.Navigateur();
        Assert.Equal(HttpStatusCode.Redirect, (await ApplicationSessions.ConnecterAsync(ancien, email)).StatusCode);
    }

    [Fact]
    public async Task Adresse_inconnue_recoit_la_meme_reponse_et_aucun_e_mail()
    {
        var (email, _) = await app.CreerCompteAsync("connu");
        var inconnue = $"inconnu-{Guid.NewGuid():N}@49.passerelle.test";
        using var navigateur = app.Navigateur();
        var pourInconnue = await navigateur.SoumettreAsync("/connexion/mot-de-passe-oublie", new Dictionary<string, string> { ["Saisie.Email"] = inconnue });
        var messageInconnue = (await navigateur.PageAsync("/connexion")).QuerySelector(".fr-alert")?.TextContent.Trim();
        var pourConnue = await navigateur.SoumettreAsync("/connexion/mot-de-passe-oublie", new Dictionary<string, string> { ["Saisie.Email"] = email });
        var messageConnue = (await navigateur.PageAsync("/connexion")).QuerySelector(".fr-alert")?.TextContent.Trim();

        Assert.Equal(pourConnue.StatusCode, pourInconnue.StatusCode);
        Assert.Equal(pourConnue.Headers.Location, pourInconnue.Headers.Location);
        Assert.Contains(MotDePasseOublieModel.MessageEnvoye, messageInconnue, StringComparison.Ordinal);
        Assert.Equal(messageConnue, messageInconnue);
        // The e-mails leave in order: once the known address's has arrived, the unknown one's would have too.
        await app.LienRecuAsync(email);
        Assert.Empty(app.Smtp.RecusPour(inconnue));
    }

    private static Dictionary<string, string> Saisie(string actuel, string nouveau) => new()
    {
        ["Saisie.MotDePasseActuel"] = actuel,
        ["Saisie.NouveauMotDePasse"] = nouveau,
        ["Saisie.Confirmation"] = nouveau,
    };

    private static Dictionary<string, string> SaisieNouveau(string nouveau) => new()
    {
        ["Saisie.NouveauMotDePasse"] = nouveau,
        ["Saisie.Confirmation"] = nouveau,
    };

    private static async Task<string> JetonAsync(Navigateur navigateur) =>
        (await navigateur.PageAsync("/connexion")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
}
