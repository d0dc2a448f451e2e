using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using Passerelle.Web.Features.Demo;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Programmes;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Financements;

[Collection(EnvironnementNavigateur.Collection)]
public sealed class FinancementsNavigateurTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Pilote_lit_la_part_etat_de_la_fiche_6_et_les_financements_du_chantier_d_insertion()
    {
        var (programme, chantier) = await Application.DansDepartementAsync("49", async db =>
            (await db.Set<Programme>().Where(p => p.Type == TypeProgramme.StrategiePauvrete).Select(p => p.Id).FirstAsync(),
             await db.Set<ActionInsertion>().Where(a => a.Nom == OffreDemo.ChantierInsertion).Select(a => a.Id).FirstAsync()));
        await LoginAsync("pilote@49");
        await Page.GotoAsync("/financements");
        await AssertAccessibleAsync();
        await Page.GotoAsync($"/financements/programmes/{programme}");
        await Expect(Page.Locator(".part-etat").First).ToContainTextAsync("663,80");
        await AssertAccessibleAsync();
        await Page.GotoAsync($"/financements/actions/{chantier}");
        await Expect(Page.Locator("#financeur-Fse")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }
}
