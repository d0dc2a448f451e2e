using System.Buffers.Text;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Acces.Sso;

/// <summary>What the provider vouches for is not enough: no account, a closed account or a tampered answer are refused.</summary>
public sealed class ConnexionUniqueRefusTests(ApplicationSso app) : IClassFixture<ApplicationSso>
{
    private static async Task SansSessionAsync(Navigateur navigateur, HttpResponseMessage reponse, string message)
    {
        Refus.VersConnexion(reponse, message);
        var page = await navigateur.PageAsync("/connexion");
        Assert.Contains(message, page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Refus.VersConnexion(await navigateur.GetAsync("/compte"), "pas de session après un refus");
        Assert.Equal(HttpStatusCode.Unauthorized, (await navigateur.GetAsync("/api/v1/moi")).StatusCode);
    }

    private async Task<bool> JournaliseAsync(string action, Func<Web.Platform.Audit.AuditEntry, bool> filtre)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var lignes = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Audit.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Action == action).ToListAsync();
        return lignes.Any(filtre);
    }

    [Fact]
    public async Task Adresse_sans_compte_passerelle_est_refusee_et_journalisee()
    {
        var email = $"inconnu-{Guid.NewGuid():N}@agents.gouv.fr";
        using var navigateur = app.Navigateur();

        var reponse = await app.ConnecterAsync(navigateur, email);

        await SansSessionAsync(navigateur, reponse, $"Aucun compte Passerelle n'est ouvert pour l'adresse {email}");
        Assert.True(await JournaliseAsync(AuditActions.ConnexionRefusee, a => a.Utilisateur == email));
    }

    [Fact]
    public async Task Compte_desactive_est_refuse_et_journalise()
    {
        var (id, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.AgentDepartemental, actif: false);
        using var navigateur = app.Navigateur();

        var reponse = await app.ConnecterAsync(navigateur, email);

        await SansSessionAsync(navigateur, reponse, "Ce compte est désactivé");
        Assert.True(await JournaliseAsync(AuditActions.ConnexionRefusee, a => a.ObjetId == id));
    }

    [Fact]
    public async Task Etat_falsifie_au_retour_est_refuse()
    {
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.AgentDepartemental);
        using var navigateur = app.Navigateur();
        var retour = await app.AllerRetourFournisseurAsync(navigateur, email);
        var falsifie = new Uri(retour.ToString().Replace("state=", "state=x", StringComparison.Ordinal));

        var reponse = await ApplicationSso.SuivreAsync(navigateur, falsifie);

        await SansSessionAsync(navigateur, reponse, $"La connexion avec {ApplicationSso.NomFournisseur} n'a pas abouti");
        Assert.True(await JournaliseAsync(AuditActions.ConnexionEchouee, a => a.Details?.StartsWith("Connexion unique", StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task Retour_du_fournisseur_dans_un_autre_navigateur_est_refuse()
    {
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.AgentDepartemental);
        using var victime = app.Navigateur();
        var retour = await app.AllerRetourFournisseurAsync(victime, email);
        using var autre = app.Navigateur();

        var reponse = await ApplicationSso.SuivreAsync(autre, retour);

        await SansSessionAsync(autre, reponse, "n'a pas abouti");
    }

    [Fact]
    public async Task Id_token_altere_pour_ajouter_un_double_facteur_est_refuse()
    {
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Administrateur);
        using var navigateur = app.Navigateur();
        var retour = await app.AllerRetourFournisseurAsync(navigateur, email, doubleFacteur: false);
        var altere = false;
        app.Fournisseur.AlterationIdToken = jeton => { altere = true; return AjouterDoubleFacteur(jeton); };
        try
        {
            var reponse = await ApplicationSso.SuivreAsync(navigateur, retour);

            Assert.True(altere);
            await SansSessionAsync(navigateur, reponse, "n'a pas abouti");
        }
        finally
        {
            app.Fournisseur.AlterationIdToken = null;
        }
    }

    [Fact]
    public async Task Api_sans_cookie_repond_toujours_401()
    {
        using var navigateur = app.Navigateur();
        Assert.Equal(HttpStatusCode.Unauthorized, (await navigateur.GetAsync("/api/v1/moi")).StatusCode);
    }

    /// <summary>Rewrites the payload (amr with "mfa") and keeps the provider's signature of the original.</summary>
    private static string AjouterDoubleFacteur(string jeton)
    {
        var parties = jeton.Split('.');
        var charge = JsonNode.Parse(Base64Url.DecodeFromChars(parties[1]))!;
        charge["amr"] = new JsonArray("pwd", "mfa");
        parties[1] = Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(charge.ToJsonString()));
        return string.Join('.', parties);
    }
}
