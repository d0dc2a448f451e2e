using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Features.Offre;
using Passerelle.Tests.Support;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Prescriptions.Indicateurs.OffreDeTest;

namespace Passerelle.Tests.Features.Prescriptions.Indicateurs;

/// <summary>Who reads the offer's indicators, and how a wrong question is answered (page and API).</summary>
public sealed class PorteeIndicateursOffreTests(Application app) : IClassFixture<Application>
{
    private const string Url = "/api/v1/indicateurs/offre";

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage reponse, HttpStatusCode attendu)
    {
        Assert.Equal(attendu, reponse.StatusCode);
        return JsonDocument.Parse(await reponse.Content.ReadAsStringAsync()).RootElement;
    }

    private static IEnumerable<int> Actions(JsonElement tableau) => tableau.GetProperty("lignes").EnumerateArray().Select(l => l.GetProperty("id").GetInt32());

    [Fact]
    public async Task Operateur_ne_lit_que_les_actions_de_ses_structures()
    {
        var (sienne, autre) = (await OffreTests.StructureOperateurAsync(app), await StructureAsync(app, "Autre opérateur"));
        var places = (new DateOnly(2011, 1, 1), new DateOnly(2011, 12, 31), 3);
        var (sa, celleDAutrui) = (await ActionAsync(app, sienne, places), await ActionAsync(app, autre, places));
        const string requete = "du=2011-01-01&au=2011-12-31&par=action";

        using var operateur = await Navigateur.ConnecteAsync(app, "operateur@49");
        var lues = Actions(await JsonAsync(await operateur.GetAsync($"{Url}?{requete}"), HttpStatusCode.OK)).ToList();
        Assert.Contains(sa, lues);
        Assert.DoesNotContain(celleDAutrui, lues);
        Assert.Empty(Actions(await JsonAsync(await operateur.GetAsync($"{Url}?{requete}&actionId={celleDAutrui}"), HttpStatusCode.OK)));
        var refus = await JsonAsync(await operateur.GetAsync($"{Url}?{requete}&structureId={autre}"), HttpStatusCode.BadRequest);
        Assert.Contains("périmètre", refus.GetProperty("errors").GetProperty("structureId")[0].GetString(), StringComparison.Ordinal);
        var page = await operateur.PageAsync("/offre/indicateurs?Filtre.Du=2011-01-01&Filtre.Au=2011-12-31&Filtre.Par=action");
        Assert.NotNull(page.QuerySelector($"#activite-{sa}"));
        Assert.Null(page.QuerySelector($"#activite-{celleDAutrui}"));
        Assert.Equal("Action", page.QuerySelector("#activite thead th")?.TextContent);

        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Contains(celleDAutrui, Actions(await JsonAsync(await agent.GetAsync($"{Url}?{requete}"), HttpStatusCode.OK)));
    }

    [Fact]
    public async Task Agent_de_territoire_lit_les_prescriptions_de_ses_territoires_sans_taux_d_occupation()
    {
        var structure = await OffreTests.StructureOperateurAsync(app);
        var action = await ActionAsync(app, structure, (new DateOnly(2017, 1, 1), new DateOnly(2017, 12, 31), 2));
        var (sien, autre) = await app.DansDepartementAsync("49", async db =>
        {
            var sien = await db.Habilitations.Where(h => db.Users.Any(u => u.Id == h.UtilisateurId && u.Email == "agent-territoire@49.passerelle.test"))
                .Select(h => h.TerritoireId!.Value).SingleAsync();
            return (sien, await db.Territoires.Where(t => t.Id != sien).Select(t => t.Id).FirstAsync());
        });
        var personne = await PersonneAsync(app);
        var le = new DateTime(2017, 3, 1, 9, 0, 0, DateTimeKind.Utc);
        await AjouterAsync(app, [Prescription(action, structure, personne, le, new DateOnly(2017, 3, 2), territoireId: sien),
            Prescription(action, structure, personne, le, territoireId: autre), Prescription(action, structure, personne, le, territoireId: autre)]);
        var requete = $"du=2017-01-01&au=2017-12-31&actionId={action}";

        using var territorial = await Navigateur.ConnecteAsync(app, "agent-territoire@49");
        var ligne = (await JsonAsync(await territorial.GetAsync($"{Url}?{requete}"), HttpStatusCode.OK)).GetProperty("lignes")[0];
        Assert.Equal((1, 1), (ligne.GetProperty("prescriptionsEnvoyees").GetInt32(), ligne.GetProperty("personnes").GetProperty("accompagnees").GetInt32()));
        Assert.Equal(JsonValueKind.Null, ligne.GetProperty("occupation").ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, (await territorial.GetAsync($"{Url}?{requete}&territoireId={autre}")).StatusCode);

        using var lecteur = await Navigateur.ConnecteAsync(app, "lecteur@49");
        var toutes = (await JsonAsync(await lecteur.GetAsync($"{Url}?{requete}"), HttpStatusCode.OK)).GetProperty("lignes")[0];
        Assert.Equal(3, toutes.GetProperty("prescriptionsEnvoyees").GetInt32());
        Assert.Equal(JsonValueKind.Number, toutes.GetProperty("occupation").GetProperty("taux").ValueKind);
        using var pilote = await Navigateur.ConnecteAsync(app, "pilote@49");
        Assert.Equal(HttpStatusCode.OK, (await pilote.GetAsync($"{Url}?{requete}")).StatusCode);
    }

    [Fact]
    public async Task Referent_est_refuse_sur_la_page_et_l_api()
    {
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.Equal(HttpStatusCode.Forbidden, (await referent.GetAsync(Url)).StatusCode);
        Refus.Refuse(await referent.GetAsync("/offre/indicateurs"), "indicateurs de l'offre pour un référent");
        using var anonyme = Navigateur.Anonyme(app);
        Refus.VersConnexion(await anonyme.GetAsync("/offre/indicateurs"), "indicateurs de l'offre sans connexion");
    }

    [Theory]
    [InlineData("du=2020-02-01&au=2020-01-01", "au", "postérieure")]
    [InlineData("du=2000-01-01&au=2010-01-01", "au", "au plus 10 ans")]
    [InlineData("par=commune", "par", "Découpage inconnu")]
    public async Task Question_invalide_est_refusee_avec_la_raison_en_francais(string requete, string champ, string raison)
    {
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var probleme = await JsonAsync(await agent.GetAsync($"{Url}?{requete}"), HttpStatusCode.BadRequest);
        Assert.Contains(raison, probleme.GetProperty("errors").GetProperty(champ)[0].GetString(), StringComparison.Ordinal);
        var page = await agent.PageAsync("/offre/indicateurs?" + string.Join('&', requete.Split('&').Select(p => "Filtre." + char.ToUpperInvariant(p[0]) + p[1..])));
        Assert.NotNull(page.QuerySelector("#erreurs-indicateurs"));
        Assert.Contains(raison, page.QuerySelector($"#Filtre_{char.ToUpperInvariant(champ[0])}{champ[1..]}-erreur")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#activite"));
    }

    [Fact]
    public async Task Periode_de_dix_ans_exactement_est_acceptee_et_la_periode_par_defaut_est_l_annee_en_cours()
    {
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync($"{Url}?du=2000-01-01&au=2009-12-31")).StatusCode);
        var parDefaut = await JsonAsync(await agent.GetAsync(Url), HttpStatusCode.OK);
        Assert.Equal($"{HeureDeTest.Aujourdhui.Year}-01-01", parDefaut.GetProperty("du").GetString());
        var page = await agent.PageAsync("/offre/indicateurs");
        Assert.Equal($"{HeureDeTest.Aujourdhui.Year}-12-31", page.QuerySelector("#Filtre_Au")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#activite caption"));
    }
}
