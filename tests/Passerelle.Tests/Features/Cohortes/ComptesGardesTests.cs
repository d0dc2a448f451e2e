using AngleSharp.Html.Dom;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Cohortes;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Cohortes.DonneesCohortes;

namespace Passerelle.Tests.Features.Cohortes;

/// <summary>The queue counts are kept between requests (issue 10 §3), but never past the user's own action.</summary>
public sealed class ComptesGardesTests(ApplicationProfilee app) : IClassFixture<ApplicationProfilee>
{
    private static string Nombre(IHtmlDocument page, FileDeTravail file) => page.QuerySelector($"#file-{file.Code} .nombre")!.TextContent.Trim();

    private async Task<(Navigateur Navigateur, string Territoire)> AgentDuTerritoireAsync()
    {
        var (territoire, nom) = await CreerTerritoireAsync(app);
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.AgentDepartemental, territoireId: territoire);
        return (await ComptesDeTest.ConnecterAsync(app, email), nom);
    }

    [Fact]
    public async Task Vue_d_ensemble_gardee_ne_recompte_qu_apres_une_ecriture()
    {
        var (navigateur, territoire) = await AgentDuTerritoireAsync();
        using var _ = navigateur;
        await CreerAsync(app, territoire, p => p.Etape = EtapeParcours.AInviter);
        Assert.Equal("1", Nombre(await navigateur.PageAsync("/cohortes"), FilesDeTravail.AInviter));
        var gardee = await navigateur.GetAsync("/cohortes");
        Assert.Equal(0, ApplicationProfilee.Commandes(gardee));
        Assert.Equal("1", Nombre(await Navigateur.DocumentAsync(gardee), FilesDeTravail.AInviter));
        await CreerAsync(app, territoire, p => p.Etape = EtapeParcours.AInviter);
        var recomptee = await navigateur.GetAsync("/cohortes");
        Assert.Equal(1, ApplicationProfilee.Commandes(recomptee));
        Assert.Equal("2", Nombre(await Navigateur.DocumentAsync(recomptee), FilesDeTravail.AInviter));
    }

    [Fact]
    public async Task Invitation_en_masse_change_aussitot_les_comptes_gardes()
    {
        var (navigateur, territoire) = await AgentDuTerritoireAsync();
        using var _ = navigateur;
        await CreerAsync(app, territoire, p => p.Etape = EtapeParcours.AInviter);
        await CreerAsync(app, territoire, p => p.Etape = EtapeParcours.AInviter);
        var avant = await navigateur.PageAsync("/cohortes");
        Assert.Equal(("2", "0"), (Nombre(avant, FilesDeTravail.AInviter), Nombre(avant, FilesDeTravail.Invites)));
        var url = $"/cohortes/{FilesDeTravail.AInviter.Code}?cocher=true";
        var cochees = (await navigateur.PageAsync(url)).QuerySelectorAll("input[name='Saisie.Selection']").Select(i => i.GetAttribute("value")!).ToList();
        Assert.Equal(2, cochees.Count);
        var bilan = await navigateur.SoumettreAsync(url, [new("Saisie.Action", nameof(ActionGroupee.Inviter)), .. cochees.Select(c => new KeyValuePair<string, string>("Saisie.Selection", c))]);
        // The list shown with the summary already counts the queue without the invited persons.
        Assert.Equal("0 personne(s) dans cette file", (await Navigateur.DocumentAsync(bilan)).QuerySelector("#nombre-resultats")?.TextContent.Trim());
        var apres = await navigateur.PageAsync("/cohortes");
        Assert.Equal(("0", "2"), (Nombre(apres, FilesDeTravail.AInviter), Nombre(apres, FilesDeTravail.Invites)));
    }
}
