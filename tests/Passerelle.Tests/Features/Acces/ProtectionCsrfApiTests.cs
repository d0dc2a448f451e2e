using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Platform;
using static Passerelle.Tests.Features.Imports.ImportsDeTest;

namespace Passerelle.Tests.Features.Acces;

/// <summary>A cross-site form can post with the session cookie but cannot add a header: API writes by cookie need one.</summary>
public sealed class ProtectionCsrfApiTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Depot_text_plain_par_cookie_sans_entete_est_refuse_400_et_rien_n_est_importe()
    {
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        agent.Client.DefaultRequestHeaders.Remove(ProtectionCsrfApi.Entete);
        var nom = $"csrf-{Guid.NewGuid():N}.xml";
        // What a cross-site <form enctype="text/plain"> sends: a simple request, no preflight.
        using var corps = new StringContent(Encoding.UTF8.GetString(Flux(new DateOnly(2026, 1, 31))), Encoding.UTF8, "text/plain");

        var reponse = await agent.Client.PostAsync(new Uri($"/api/v1/imports/cnaf?nom={nom}", UriKind.Relative), corps);

        Assert.Equal(HttpStatusCode.BadRequest, reponse.StatusCode);
        Assert.Equal("application/problem+json", reponse.Content.Headers.ContentType?.MediaType);
        Assert.Contains(ProtectionCsrfApi.Entete, await reponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.DansDepartementAsync("49", db => db.Imports.AnyAsync(i => i.NomFichier == nom)));

        agent.Client.DefaultRequestHeaders.Add(ProtectionCsrfApi.Entete, "passerelle");
        using var memeCorps = new StringContent(Encoding.UTF8.GetString(Flux(new DateOnly(2026, 1, 31))), Encoding.UTF8, "text/plain");
        Assert.Equal(HttpStatusCode.Accepted, (await agent.Client.PostAsync(new Uri($"/api/v1/imports/cnaf?nom={nom}", UriKind.Relative), memeCorps)).StatusCode);
    }

    [Fact]
    public async Task Formulaire_urlencode_par_cookie_sur_la_levee_est_refuse_400()
    {
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        agent.Client.DefaultRequestHeaders.Remove(ProtectionCsrfApi.Entete);
        using var formulaire = new FormUrlEncodedContent([new("ids", "1"), new("commentaire", "forgé")]);

        var reponse = await agent.Client.PostAsync(new Uri("/api/v1/dossiers/avertissements/levee", UriKind.Relative), formulaire);

        Assert.Equal(HttpStatusCode.BadRequest, reponse.StatusCode);
    }

    [Fact]
    public async Task Lecture_par_cookie_sans_entete_reste_permise()
    {
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        agent.Client.DefaultRequestHeaders.Remove(ProtectionCsrfApi.Entete);
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/api/v1/moi")).StatusCode);
    }
}
