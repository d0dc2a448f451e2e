using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Tests.Features.Acces;

public sealed class SessionsTests(ApplicationSessions app) : IClassFixture<ApplicationSessions>
{
    private const string Cle = "JBSWY3DPEHPK3PXPMFRGGZDFMZTWQ2LK";

    [Fact]
    public async Task Connexion_pose_un_cookie_Secure_HttpOnly_SameSite_strict()
    {
        var (email, _) = await app.CreerCompteAsync("cookie");
        using var navigateur = app.Navigateur();
        var reponse = await ApplicationSessions.ConnecterAsync(navigateur, email);
        var cookie = Assert.Single(reponse.Headers.GetValues("Set-Cookie"), c => c.StartsWith("passerelle=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Adresse_transmise_par_le_proxy_connu_est_retenue_celle_d_un_autre_est_ignoree()
    {
        var (email, id) = await app.CreerCompteAsync("proxy");
        using var parLeProxy = app.Navigateur("203.0.113.7");
        await ApplicationSessions.ConnecterAsync(parLeProxy, email, "Mauvais-mot-2026!");
        using var enDirect = app.Navigateur("203.0.113.8");
        enDirect.Client.DefaultRequestHeaders.Add(ApplicationSessions.EnteteAdresse, "198.51.100.4");
        await ApplicationSessions.ConnecterAsync(enDirect, email, "Mauvais-mot-2026!");
        var adresses = await app.DansDepartementAsync("49", db => db.Audit.Where(a => a.UtilisateurId == id && a.Action == AuditActions.ConnexionEchouee)
            .OrderBy(a => a.Id).Select(a => a.AdresseIp).ToListAsync());
        Assert.Equal(["203.0.113.7", "198.51.100.4"], adresses);
    }

    [Fact]
    public async Task Cookie_rejoue_apres_deconnexion_est_refuse_aussitot()
    {
        var (email, _) = await app.CreerCompteAsync("rejeu");
        using var navigateur = app.Navigateur();
        var connexion = await ApplicationSessions.ConnecterAsync(navigateur, email);
        var cookie = connexion.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("passerelle=", StringComparison.Ordinal)).Split(';')[0];
        Assert.Equal(HttpStatusCode.OK, (await RejouerAsync(cookie, "/compte")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await navigateur.SoumettreAsync("/compte", [], action: "/deconnexion")).StatusCode);

        var page = await RejouerAsync(cookie, "/compte");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/connexion", page.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RejouerAsync(cookie, "/api/v1/moi")).StatusCode);
    }

    [Fact]
    public async Task Page_de_double_authentification_ne_deconnecte_pas_et_montre_un_qr_code()
    {
        var (email, id) = await app.CreerCompteAsync("mise-en-place");
        var empreinte = (await app.CompteAsync(id)).SecurityStamp;
        using var navigateur = app.Navigateur();
        await ApplicationSessions.ConnecterAsync(navigateur, email);
        var page = await navigateur.PageAsync("/compte/double-authentification");
        var qr = page.QuerySelector("img#qr-code-authentification");
        Assert.StartsWith("data:image/png;base64,", qr?.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Contains("clé est écrite en toutes lettres", qr?.GetAttribute("alt"), StringComparison.Ordinal);
        Assert.Equal(32, page.QuerySelector("#cle-authentification")?.TextContent.Replace(" ", "", StringComparison.Ordinal).Length);

        app.Horloge.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await navigateur.GetAsync("/compte")).StatusCode);
        Assert.Equal(empreinte, (await app.CompteAsync(id)).SecurityStamp);
    }

    [Fact]
    public async Task Code_totp_utilise_a_la_mise_en_place_est_refuse_a_la_connexion_suivante()
    {
        var (email, _) = await app.CreerCompteAsync("totp-activation");
        using var navigateur = app.Navigateur();
        await ApplicationSessions.ConnecterAsync(navigateur, email);
        var page = await navigateur.PageAsync("/compte/double-authentification");
        var cle = page.QuerySelector("#cle-authentification")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var code = app.Code(cle);
        var activation = await navigateur.SoumettreAsync("/compte/double-authentification", new Dictionary<string, string> { ["Saisie.Code"] = code });
        Assert.Equal(HttpStatusCode.Redirect, activation.StatusCode);
        await navigateur.SoumettreAsync("/compte", [], action: "/deconnexion");

        var etape = await ApplicationSessions.ConnecterAsync(navigateur, email);
        var rejeu = await navigateur.SoumettreAsync(etape.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Saisie.Code"] = code });
        Assert.Equal(HttpStatusCode.OK, rejeu.StatusCode);
        Assert.Equal(SecondFacteurModel.MessageCode, (await Navigateur.DocumentAsync(rejeu)).QuerySelector("#Saisie_Code-erreur")?.TextContent);
    }

    [Fact]
    public async Task Code_totp_rejoue_a_la_connexion_est_refuse_le_suivant_accepte()
    {
        var (email, _) = await app.CreerCompteAsync("totp-rejeu", Cle);
        using var premier = app.Navigateur();
        var etape = await ApplicationSessions.ConnecterAsync(premier, email);
        var code = app.Code(Cle);
        Assert.Equal(HttpStatusCode.Redirect, (await premier.SoumettreAsync(etape.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Saisie.Code"] = code })).StatusCode);

        using var second = app.Navigateur();
        etape = await ApplicationSessions.ConnecterAsync(second, email);
        var rejeu = await second.SoumettreAsync(etape.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Saisie.Code"] = code });
        Assert.Equal(HttpStatusCode.OK, rejeu.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/compte")).StatusCode);

        app.Horloge.Advance(TimeSpan.FromSeconds(30));
        var suivant = await second.SoumettreAsync(etape.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Saisie.Code"] = app.Code(Cle) });
        Assert.Equal(HttpStatusCode.Redirect, suivant.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/compte")).StatusCode);
    }

    private async Task<HttpResponseMessage> RejouerAsync(string cookie, string url)
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
            BaseAddress = new Uri("https://localhost"),
        });
        using var requete = new HttpRequestMessage(HttpMethod.Get, url);
        requete.Headers.Add("Cookie", cookie);
        return await client.SendAsync(requete);
    }
}
