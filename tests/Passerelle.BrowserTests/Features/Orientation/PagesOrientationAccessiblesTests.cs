using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using Passerelle.Web.Features.Orientation;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Orientation;

/// <summary>Every page of issue 4 opened by the role it is for, with the demo data, and checked with axe.</summary>
[Collection(EnvironnementNavigateur.Collection)]
public sealed class PagesOrientationAccessiblesTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    private async Task VisiterAsync(string url, string titre)
    {
        await Page.GotoAsync(url);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(titre);
        await AssertAccessibleAsync();
    }

    [Fact]
    public async Task Pages_de_l_agent()
    {
        var personne = await Application.DansDepartementAsync("49", db => db.Set<Parcours>().Where(p => p.DateCloture == null).Select(p => p.PersonneId).FirstAsync());
        await LoginAsync("agent@49");
        await VisiterAsync("/", "Espace agent départemental");
        await VisiterAsync("/cohortes", "Files de travail");
        await VisiterAsync("/cohortes/retard-orientation", "En retard d'orientation");
        await VisiterAsync("/indicateurs/orientation", "Indicateurs");
        await VisiterAsync($"/personnes/{personne}/diagnostic/modifier", "Diagnostic socio-professionnel de");
    }

    [Fact]
    public async Task Pages_du_referent_et_du_responsable()
    {
        await LoginAsync("referent@49");
        await VisiterAsync("/portefeuille", "Mon portefeuille");
        await VisiterAsync("/agenda", "Agenda de la structure");
        await Page.Context.ClearCookiesAsync();
        await LoginAsync("responsable@49");
        await VisiterAsync("/structure", "CCAS");
    }

    [Fact]
    public async Task Pages_de_l_administrateur()
    {
        await LoginAsync("admin@49");
        await VisiterAsync("/administration/orientation", "Règles d'orientation");
        await VisiterAsync("/administration/modeles", "Modèles de courrier");
    }
}
