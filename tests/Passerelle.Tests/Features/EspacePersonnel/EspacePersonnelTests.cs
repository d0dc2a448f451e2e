using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Orientation;
using Passerelle.Tests.Features.Sorties;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.EspacePersonnel;
using static Passerelle.Tests.Features.Sorties.SortiesDeTest;

namespace Passerelle.Tests.Features.EspacePersonnel;

public sealed class EspacePersonnelTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Beneficiaire_rattache_voit_son_referent_et_rien_d_autre()
    {
        var p = await AccompagneeAsync(app);
        var autre = await ParcoursDeTest.CreerAsync(app);
        // The demo tied the beneficiary account to someone: untie it, then tie it to this person as an agent does.
        await app.DansDepartementAsync("49", db => db.Set<LienEspacePersonnel>().ExecuteDeleteAsync());
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var url = $"/personnes/{p.PersonneId}";
        Assert.Equal(HttpStatusCode.Redirect, (await agent.SoumettreAsync(url, [Champ("Email", "referent@49.passerelle.test")], $"{url}/espace-personnel?handler=Rattacher")).StatusCode);
        Assert.Contains("n'a pas le rôle « Bénéficiaire »", (await agent.PageAsync(url)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await agent.SoumettreAsync(url, [Champ("Email", "beneficiaire@49.passerelle.test")], $"{url}/espace-personnel?handler=Rattacher")).StatusCode);
        Assert.Equal("Compte rattaché : la personne voit son espace.", (await agent.PageAsync(url)).QuerySelector("[role=status]")?.TextContent.Trim());

        using var beneficiaire = await Navigateur.ConnecteAsync(app, "beneficiaire@49");
        var espace = await beneficiaire.PageAsync("/mon-espace");
        Assert.Contains("Référent", espace.QuerySelector("#mon-referent .nom-referent")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(espace.QuerySelector("#mes-rendez-vous"));
        Assert.Equal("/mon-espace", (await beneficiaire.PageAsync("/")).QuerySelector("a[href='/mon-espace']")?.GetAttribute("href"));
        // No professional page, no API, nobody else's person.
        foreach (var page in new[] { url, $"/personnes/{autre.PersonneId}", $"/dossiers/{autre.DossierId}", "/sorties", "/portefeuille" })
            Assert.Equal("/erreur/403", (await beneficiaire.GetAsync(page)).Headers.Location?.AbsolutePath);
        foreach (var api in new[] { "/api/v1/sorties", $"/api/v1/dossiers/{autre.DossierId}" })
            Assert.Equal(HttpStatusCode.Forbidden, (await beneficiaire.GetAsync(api)).StatusCode);
    }

    [Fact]
    public async Task Compte_non_rattache_ne_voit_aucun_dossier()
    {
        await app.DansDepartementAsync("37", db => db.Set<LienEspacePersonnel>().ExecuteDeleteAsync());
        using var beneficiaire = await Navigateur.ConnecteAsync(app, "beneficiaire@37");
        var espace = await beneficiaire.PageAsync("/mon-espace");
        Assert.NotNull(espace.QuerySelector("#non-rattache"));
        Assert.Null(espace.QuerySelector("#mon-referent"));
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Equal("/erreur/403", (await agent.GetAsync("/mon-espace")).Headers.Location?.AbsolutePath);
    }
}
