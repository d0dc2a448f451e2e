using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Portefeuille;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Cohortes;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Platform;
using static Passerelle.Tests.Features.Cohortes.DonneesCohortes;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;

namespace Passerelle.Tests.Features.Cohortes;

/// <summary>
/// Bulk actions with a parcours, structure or référent id from outside the agent's scope: each such
/// person is refused without their name, the others' data and the parcours are left as they were.
/// </summary>
public sealed class CohortesPerimetreEcrituresTests(Application app) : IClassFixture<Application>
{
    private static async Task<IHtmlDocument> PosterAsync(Navigateur navigateur, string file, IEnumerable<KeyValuePair<string, string>> champs)
    {
        var reponse = await navigateur.SoumettreAsync($"/cohortes/{file}", champs);
        Assert.Equal(System.Net.HttpStatusCode.OK, reponse.StatusCode);
        return await Navigateur.DocumentAsync(reponse);
    }

    private static string Bilan(IHtmlDocument page) => page.QuerySelector("#bilan .fr-alert__title")?.TextContent.Trim() ?? "(pas de bilan)";

    private Task<(int Version, int Decisions, int Designations)> EtatAsync(ParcoursDeTest p) =>
        app.DansDepartementAsync("49", async db => (
            await db.Set<Parcours>().Where(x => x.Id == p.Id).Select(x => x.Version).SingleAsync(),
            await db.Set<DecisionOrientation>().CountAsync(d => d.ParcoursId == p.Id),
            await db.Set<DesignationReferent>().CountAsync(d => d.ParcoursId == p.Id)));

    [Theory]
    [InlineData(nameof(ActionGroupee.Inviter), "a-inviter", EtapeParcours.AInviter)]
    [InlineData(nameof(ActionGroupee.PreOrienter), "a-inviter", EtapeParcours.AInviter)]
    [InlineData(nameof(ActionGroupee.Proposer), "a-inviter", EtapeParcours.AInviter)]
    [InlineData(nameof(ActionGroupee.ImprimerCourriers), "a-inviter", EtapeParcours.AInviter)]
    [InlineData(nameof(ActionGroupee.Valider), "a-valider", EtapeParcours.OrientationProposee)]
    [InlineData(nameof(ActionGroupee.Designer), "sans-referent", EtapeParcours.SansReferent)]
    public async Task Action_groupee_sur_un_parcours_d_un_autre_territoire_est_refusee_sans_nom_et_rien_ne_change(string action, string file, EtapeParcours etape)
    {
        var referent = await DonneesPortefeuille.CompteAsync(app, "referent@49");
        var p = await CreerAsync(app, Saumurois, x => (x.Etape, x.TypeOrientation) = (etape, etape == EtapeParcours.AInviter ? null : TypeOrientation.Sociale));
        var avant = await EtatAsync(p);
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent-territoire@49");

        var page = await PosterAsync(navigateur, file, [new("Saisie.Action", action), new("Saisie.Selection", $"{p.Id}:{avant.Version}"),
            new("Saisie.Type", "Sociale"), new("Saisie.Motif", "hors territoire"), new("Saisie.Referent", $"{referent.StructureId}:{referent.Id}")]);

        Assert.EndsWith("0 réussi, 1 refusé", Bilan(page), StringComparison.Ordinal);
        Assert.Contains(ResultatAction.HorsPerimetre.Message, page.QuerySelector("#refusees")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(p.Nom, page.QuerySelector("#bilan")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(avant, await EtatAsync(p));
        Assert.Equal(etape, (await LireAsync(app, p.Id)).Etape);
    }

    [Fact]
    public async Task Designation_et_proposition_vers_une_structure_ou_un_referent_d_un_autre_departement_sont_refusees_et_rien_ne_change()
    {
        var (_, territoire) = await CreerTerritoireAsync(app);
        var referent37 = await DonneesPortefeuille.CompteAsync(app, "referent@37", "37");
        var structure49 = (await DonneesPortefeuille.CompteAsync(app, "referent@49")).StructureId;
        var sansReferent = await CreerAsync(app, territoire, x => (x.Etape, x.TypeOrientation, x.DateOrientation) = (EtapeParcours.SansReferent, TypeOrientation.Sociale, Aujourdhui));
        var aInviter = await CreerAsync(app, territoire, _ => { });
        var (avantDesignation, avantProposition) = (await EtatAsync(sansReferent), await EtatAsync(aInviter));
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");

        foreach (var referent in new[] { $"{referent37.StructureId}:{referent37.Id}", $"{structure49}:{referent37.Id}" })
        {
            var designation = await PosterAsync(agent, "sans-referent",
                [new("Saisie.Action", nameof(ActionGroupee.Designer)), new("Saisie.Selection", $"{sansReferent.Id}:{avantDesignation.Version}"), new("Saisie.Referent", referent)]);
            Assert.EndsWith("0 réussi, 1 refusé", Bilan(designation), StringComparison.Ordinal);
        }
        var proposition = await PosterAsync(agent, "a-inviter", [new("Saisie.Action", nameof(ActionGroupee.Proposer)), new("Saisie.Selection", $"{aInviter.Id}:{avantProposition.Version}"),
            new("Saisie.Type", "Sociale"), new("Saisie.Motif", "structure d'ailleurs"), new("Saisie.StructureProposee", $"{referent37.StructureId}")]);

        Assert.Contains("Cette structure n'existe pas", proposition.QuerySelector("#refusees")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(avantDesignation, await EtatAsync(sansReferent));
        Assert.Equal(avantProposition, await EtatAsync(aInviter));
    }
}
