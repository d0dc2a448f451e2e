using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Features.Offre;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Financements;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Financements.FinancementsDeTest;
using static Passerelle.Tests.Features.Prescriptions.PrescriptionsDeTest;

namespace Passerelle.Tests.Features.Financements;

/// <summary>The département funds actions, operators read their own; the figures of an action and of a programme.</summary>
public sealed class FinancementsTests(Application app) : IClassFixture<Application>
{
    private static string E(decimal montant) => LibellesProgramme.Euros(montant);

    [Fact]
    public async Task Agent_ajoute_une_ligne_et_chaque_regle_refuse_avec_son_message_sans_rien_enregistrer()
    {
        var action = await ActionPublieeAsync(app, places: 5);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Equal($"Le montant payé ({E(900)}) dépasse le montant engagé ({E(800)}).", await AjouterAsync(agent, action, Ligne("Departement", "1 000", "800", "900", Annee)));
        Assert.Equal($"Le montant engagé ({E(1200)}) dépasse le montant voté ({E(1000)}).", await AjouterAsync(agent, action, Ligne("Departement", "1000", "1200", annee: Annee)));
        Assert.Equal($"Le montant voté ne peut pas être négatif ({E(-5)}).", await AjouterAsync(agent, action, Ligne("Departement", "-5", annee: Annee)));
        Assert.Equal("La fin de la période (01/01/2026) précède son début (30/06/2026).",
            await AjouterAsync(agent, action, Ligne("Departement", "100", debut: "2026-06-30", fin: "2026-01-01")));
        Assert.Equal("Le montant voté « mille » n'est pas un montant en euros (par exemple 111 663,80).", await AjouterAsync(agent, action, Ligne("Departement", "mille", annee: Annee)));
        Assert.Empty(await LignesAsync(app, action));

        Assert.Null(await AjouterAsync(agent, action, Ligne("Etat", "111 663,80", "111 663,80", "50 000", Annee, convention: "StrategiePauvrete")));
        var ligne = Assert.Single(await LignesAsync(app, action));
        Assert.Equal((Financeur.Etat, ConventionEtat.StrategiePauvrete, 111_663.80m, 50_000m), (ligne.Financeur, ligne.Convention, ligne.MontantVote, ligne.MontantPaye));
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == ActionsFinancements.Ajout && a.ObjetId == action.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Contains("Convention Stratégie pauvreté", (await agent.PageAsync(Url(action))).QuerySelector($"#ligne-{ligne.Id}")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operateur_lit_les_lignes_de_ses_actions_sans_pouvoir_en_ecrire_et_un_autre_operateur_ne_les_trouve_pas()
    {
        var action = await ActionPublieeAsync(app, places: 5);
        using (var agent = await Navigateur.ConnecteAsync(app, "agent@49"))
            Assert.Null(await AjouterAsync(agent, action, Ligne("Departement", "12000", "12000", annee: Annee)));

        using var operateur = await Navigateur.ConnecteAsync(app, "operateur@49");
        Assert.NotNull((await operateur.PageAsync($"/offre/actions/{action}")).QuerySelector("#lien-financements"));
        var page = await operateur.PageAsync(Url(action));
        Assert.Contains(E(12_000), page.QuerySelector("#financeurs-total")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#form-financement"));
        var jeton = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        var reponse = await operateur.PosterAsync(Url(action), [new("Formulaire.Version", "0"), .. Ligne("Departement", "1", annee: Annee)], jeton);
        Assert.Contains("seuls ses agents de tout le département et les pilotes", (await Navigateur.DocumentAsync(reponse)).QuerySelector("#erreur-financement")?.TextContent, StringComparison.Ordinal);
        Assert.Single(await LignesAsync(app, action));
        Assert.Equal(HttpStatusCode.Forbidden, (await operateur.Client.PostAsJsonAsync($"/api/v1/financements/actions/{action}",
            new { financeur = "Departement", montantVote = 1, annee = 2026 })).StatusCode);

        using var autre = await Navigateur.ConnecteAsync(app, "operateur@37");
        Assert.Equal(HttpStatusCode.NotFound, (await autre.GetAsync(Url(action))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await autre.GetAsync($"/api/v1/financements/actions/{action}")).StatusCode);
        // An action of another structure of the same département: the operator of 49 does not reach its funding either.
        var operee = await OffreTests.StructureOperateurAsync(app);
        var autreStructure = await app.DansDepartementAsync("49", db => db.Structures.Where(s => s.Id != operee).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        using var agent49 = await Navigateur.ConnecteAsync(app, "agent@49");
        var autreAction = await OffreTests.CreerAsync(agent49, OffreTests.Champs(await OffreTests.FicheAsync(app), autreStructure, "Action d'une autre structure " + action));
        Assert.Equal(HttpStatusCode.NotFound, (await operateur.GetAsync(Url(autreAction))).StatusCode);
    }

    [Fact]
    public async Task Page_d_une_action_donne_taux_de_cofinancement_et_couts_par_place_et_par_participant()
    {
        var action = await ActionPublieeAsync(app, places: 4);
        using (var agent = await Navigateur.ConnecteAsync(app, "agent@49"))
        {
            Assert.Null(await AjouterAsync(agent, action, Ligne("Departement", "30000", "30000", "10000", Annee)));
            Assert.Null(await AjouterAsync(agent, action, Ligne("Fse", "10000", annee: Annee, programmeFse: "PN FSE+ 2021-2027", operationFse: "T" + action)));
        }
        await ParticipantEntreAsync(app, action);
        await ParticipantEntreAsync(app, action);

        using var pilote = await Navigateur.ConnecteAsync(app, "pilote@49");
        var page = await pilote.PageAsync($"{Url(action)}?du={Annee}-01-01&au={Annee}-12-31");
        Assert.Equal("75 %", page.QuerySelector("#financeur-Departement .taux")!.TextContent.Trim());
        Assert.Equal("25 %", page.QuerySelector("#financeur-Fse .taux")!.TextContent.Trim());
        Assert.Equal(("4", E(10_000), "2", E(20_000)), (page.QuerySelector("#places-financees")!.TextContent, page.QuerySelector("#cout-place")!.TextContent,
            page.QuerySelector("#participants")!.TextContent, page.QuerySelector("#cout-participant")!.TextContent));
    }

    [Fact]
    public async Task Fiche_6_de_la_strategie_pauvrete_montre_la_part_etat_saisie_et_les_totaux_du_programme_s_additionnent()
    {
        var (programme, fiche, prevues) = await app.DansDepartementAsync("49", async db =>
        {
            var p = await db.Set<Programme>().SingleAsync(x => x.Code == "SP-49-2019-2021");
            var f = await db.Set<ElementProgramme>().SingleAsync(e => e.ProgrammeId == p.Id && e.Code == "6");
            return (p.Id, f.Id, await db.Set<LigneFinancement>().AsNoTracking().Where(l => l.ProgrammeId == p.Id).ToListAsync());
        });
        var partEtat = prevues.Where(l => l.ElementId == fiche && l.Financeur == Financeur.Etat).Sum(l => l.Montant);
        Assert.Equal(111_663.80m, partEtat);

        using var lecteur = await Navigateur.ConnecteAsync(app, "lecteur@49");
        var page = await lecteur.PageAsync($"/financements/programmes/{programme}");
        Assert.Equal(E(partEtat), page.QuerySelector($"#part-etat-{fiche}")!.TextContent.Trim());
        foreach (var parFinanceur in prevues.GroupBy(l => l.Financeur))
            Assert.Equal(E(parFinanceur.Sum(l => l.Montant)), page.QuerySelector($"#table-totaux tr[data-financeur={parFinanceur.Key}] .prevu")!.TextContent.Trim());
        Assert.Equal(E(prevues.Sum(l => l.Montant)), page.QuerySelector("#table-totaux tr[data-financeur=total] .prevu")!.TextContent.Trim());

        var (cle, _) = await ClesDeTest.CreerAsync(app, "49", [PorteesApi.FinancementsLecture]);
        using var robot = ClesDeTest.Robot(app, cle);
        var budget = await robot.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/financements/programmes/{programme}");
        var ficheApi = budget.GetProperty("fiches").EnumerateArray().Single(f => f.GetProperty("id").GetInt32() == fiche);
        Assert.Equal(partEtat, ficheApi.GetProperty("partEtat").GetDecimal());
        Assert.Equal(prevues.Sum(l => l.Montant), budget.GetProperty("total").GetProperty("prevu").GetDecimal());
    }

    [Fact]
    public async Task Api_lit_et_ajoute_avec_ses_portees_et_refuse_une_regle_en_422()
    {
        var action = await ActionPublieeAsync(app, places: 2);
        var (ecriture, _) = await ClesDeTest.CreerAsync(app, "49", [PorteesApi.FinancementsEcriture]);
        using (var robot = ClesDeTest.Robot(app, ecriture))
        {
            var cree = await robot.PostAsJsonAsync($"/api/v1/financements/actions/{action}", new { financeur = "Caf", montantVote = 2000, montantEngage = 1000, annee = 2026 });
            Assert.Equal(HttpStatusCode.Created, cree.StatusCode);
            var refus = await robot.PostAsJsonAsync($"/api/v1/financements/actions/{action}", new { financeur = "Caf", montantVote = 2000, montantEngage = 3000, annee = 2026 });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refus.StatusCode);
            Assert.Contains("dépasse le montant voté", await refus.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, (await robot.GetAsync(new Uri($"/api/v1/financements/actions/{action}", UriKind.Relative))).StatusCode);
        }
        var (lecture, _) = await ClesDeTest.CreerAsync(app, "49", [PorteesApi.FinancementsLecture]);
        using var lecteur = ClesDeTest.Robot(app, lecture);
        var vue = await lecteur.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/financements/actions/{action}?du=2026-01-01&au=2026-12-31");
        Assert.Equal(2000m, vue.GetProperty("synthese").GetProperty("vote").GetDecimal());
        Assert.Equal(1m, vue.GetProperty("synthese").GetProperty("parFinanceur")[0].GetProperty("tauxCofinancement").GetDecimal());
        Assert.Equal(HttpStatusCode.Forbidden, (await lecteur.PostAsJsonAsync($"/api/v1/financements/actions/{action}", new { financeur = "Caf", montantVote = 1, annee = 2026 })).StatusCode);
    }
}
