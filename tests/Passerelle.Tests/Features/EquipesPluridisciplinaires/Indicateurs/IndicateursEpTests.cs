using System.Net;
using System.Text.Json;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.EquipesPluridisciplinaires;
using static Passerelle.Tests.Features.EquipesPluridisciplinaires.Historique.HistoriqueEpDeTest;
using static Passerelle.Tests.Features.Prescriptions.Indicateurs.OffreDeTest;

namespace Passerelle.Tests.Features.EquipesPluridisciplinaires.Indicateurs;

/// <summary>
/// The EP indicators on hand-built dossiers whose figures are known, and who reads them. Each test owns a year long past,
/// so that no other row changes its figures.
/// </summary>
public sealed class IndicateursEpTests(Application app) : IClassFixture<Application>
{
    private const string Url = "/api/v1/indicateurs/ep";

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage reponse, HttpStatusCode attendu = HttpStatusCode.OK)
    {
        Assert.Equal(attendu, reponse.StatusCode);
        return JsonDocument.Parse(await reponse.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>The value of a figure (a <c>Mesure</c>) at a dotted path, null when there is nothing to compute on.</summary>
    private static double? V(JsonElement tableau, string chemin)
    {
        var mesure = chemin.Split('.').Aggregate(tableau, (e, nom) => e.GetProperty(nom));
        Assert.False(mesure.GetProperty("masquee").GetBoolean(), $"{chemin} est masqué");
        var valeur = mesure.GetProperty("valeur");
        return valeur.ValueKind == JsonValueKind.Null ? null : valeur.GetDouble();
    }

    private static JsonElement Ligne(JsonElement tableau, string liste, string code) =>
        tableau.GetProperty(liste.Split('.')[0]).GetProperty(liste.Split('.')[1]).EnumerateArray().Single(l => l.GetProperty("code").GetString() == code);

    private static bool Masquee(JsonElement mesure) => mesure.GetProperty("masquee").GetBoolean() && mesure.GetProperty("valeur").ValueKind == JsonValueKind.Null;

    /// <summary>
    /// A year <paramref name="a"/> (not a leap year) in the agent-territoire's territoire: seven passages (six natures), six decisions
    /// taken in the year (one after a session of the year before), a sanction cancelled on appeal, a remobilisation given back; one passage and decision elsewhere.
    /// </summary>
    private async Task<(int Sien, int Autre)> JeuAsync(int a)
    {
        var (sien, autre) = await TerritoiresAsync(app);
        var personne = await NouvellePersonneAsync(app);
        async Task<DossierEp> D(NatureThematique nature, DateOnly detecte, DateOnly seance, int? territoire = null) =>
            Dossier(personne, await ThematiqueAsync(app, nature), nature, detecte, territoire ?? sien, await SeanceAsync(app, seance, territoire ?? sien));
        var (mars, avril) = (J(a, 3, 10), J(a, 4, 5));
        var d1 = (await D(NatureThematique.SansContrat, J(a, 1, 1), mars)).Avis(TypeDecisionEp.Reduction, mars).Decide(TypeDecisionEp.Reduction, J(a, 3, 20), 100m, 1);
        var d2 = (await D(NatureThematique.SansContrat, J(a, 2, 1), mars)).Avis(TypeDecisionEp.Reduction, mars).Decide(TypeDecisionEp.Sursis, J(a, 3, 20))
            .Recours(TypeRecours.Gracieux, J(a, 4, 1), IssueRecours.Rejete, J(a, 5, 1));
        var d3 = (await D(NatureThematique.AbsencesRepetees, J(a, 2, 15), mars)).Avis(TypeDecisionEp.SuspensionRemobilisation, mars)
            .Decide(TypeDecisionEp.SuspensionRemobilisation, J(a, 3, 20), 200m, 2, 30);
        (d3.RepriseObligationsLe, d3.MoisRestitues) = (J(a, 5, 1), 2);
        var d4 = (await D(NatureThematique.ContratNonRespecte, J(a, 1, 20), mars)).Avis(TypeDecisionEp.Reduction, mars).Decide(TypeDecisionEp.Reduction, J(a, 3, 20), 150m, 1)
            .Recours(TypeRecours.Contentieux, J(a, 4, 2), IssueRecours.DecisionAnnulee, J(a, 6, 1));
        var d5 = (await D(NatureThematique.Reorientation, J(a, 3, 1), avril)).Avis(TypeDecisionEp.Reorientation, avril).Decide(TypeDecisionEp.Reorientation, J(a, 4, 10));
        var d6 = (await D(NatureThematique.MaintienSocial, J(a, 3, 1), avril)).Avis(TypeDecisionEp.Maintien, avril);
        var d7 = (await D(NatureThematique.SansContrat, J(a - 1, 11, 1), J(a - 1, 12, 15))).Avis(TypeDecisionEp.Classement, J(a - 1, 12, 15)).Decide(TypeDecisionEp.Classement, J(a, 1, 5));
        var d8 = await D(NatureThematique.SansContrat, J(a, 2, 1), mars);
        var d10 = (await D(NatureThematique.NonInscritFranceTravail, J(a, 10, 1), J(a, 12, 20))).Avis(TypeDecisionEp.SuspensionTotale, J(a, 12, 20))
            .Decide(TypeDecisionEp.SuspensionTotale, J(a + 1, 1, 10), 500m, 2);
        var ailleurs = (await D(NatureThematique.SansContrat, J(a, 5, 1), J(a, 5, 25), autre)).Avis(TypeDecisionEp.Reduction, J(a, 5, 25))
            .Decide(TypeDecisionEp.Reduction, J(a, 6, 1), 100m, 1);
        await AjouterAsync(app, d1, d2, d3, d4, d5, d6, d7, d8, d10, ailleurs);
        return (sien, autre);
    }

    [Fact]
    public async Task Indicateurs_d_un_jeu_construit_a_la_main_donnent_les_valeurs_exactes_au_territoire_de_l_agent()
    {
        var (sien, autre) = await JeuAsync(2001);
        using var territorial = await Navigateur.ConnecteAsync(app, "agent-territoire@49");
        var t = await JsonAsync(await territorial.GetAsync($"{Url}?du=2001-01-01&au=2001-12-31"));

        Assert.Equal(7, V(t, "passages.total"));
        Assert.Equal(new (string, double?)[] { ("SansContrat", 2), ("AbsencesRepetees", 1), ("ContratNonRespecte", 1), ("Reorientation", 1), ("MaintienSocial", 1), ("NonInscritFranceTravail", 1) },
            new[] { "SansContrat", "AbsencesRepetees", "ContratNonRespecte", "Reorientation", "MaintienSocial", "NonInscritFranceTravail" }
                .Select(c => (c, V(Ligne(t, "passages.parThematique", c), "nombre"))));
        Assert.Equal((6, 5, 83.3), (V(t, "avisDecisions.decisions"), V(t, "avisDecisions.conformes"), V(t, "avisDecisions.part")));
        var reduction = Ligne(t, "avisDecisions.parAvis", "Reduction");
        Assert.Equal((3, 2, 66.7), (V(reduction, "decisions"), V(reduction, "conformes"), V(reduction, "part")));
        var maintien = Ligne(t, "avisDecisions.parAvis", "Maintien");
        Assert.Equal((0, 0, null), (V(maintien, "decisions"), V(maintien, "conformes"), V(maintien, "part")));
        // The reduction cancelled on appeal is no longer a sanction; the total suspension is decided in 2002.
        Assert.Equal((2, 300), (V(t, "sanctions.total"), V(t, "sanctions.montant")));
        Assert.Equal(new (string, double?, double?)[] { ("Reduction", 1, 100), ("SuspensionPartielle", 0, 0), ("SuspensionTotale", 0, 0), ("SuspensionRemobilisation", 1, 200) },
            t.GetProperty("sanctions").GetProperty("parType").EnumerateArray().Select(l => (l.GetProperty("code").GetString()!, V(l, "nombre"), V(l, "montant"))));
        Assert.Equal((1, 1, 2), (V(t, "remobilisations.decisions"), V(t, "remobilisations.restituees"), V(t, "remobilisations.moisRestitues")));
        // 78, 47, 33, 59, 40 and 65 days: mean 53.7, median (47 + 59) / 2.
        Assert.Equal((6, 53.7, 53), (V(t, "delaiDecision.decisions"), V(t, "delaiDecision.moyenneJours"), V(t, "delaiDecision.medianeJours")));
        Assert.Equal((6, 2, 33.3, 1, 16.7), (V(t, "recours.decisions"), V(t, "recours.contestees"), V(t, "recours.partContestees"), V(t, "recours.renversees"), V(t, "recours.partRenversees")));
        Assert.False(t.GetProperty("secretStatistique").GetBoolean());

        var refus = await JsonAsync(await territorial.GetAsync($"{Url}?du=2001-01-01&au=2001-12-31&territoireId={autre}"), HttpStatusCode.BadRequest);
        Assert.Contains("périmètre", refus.GetProperty("errors").GetProperty("territoireId")[0].GetString(), StringComparison.Ordinal);

        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var departement = await JsonAsync(await agent.GetAsync($"{Url}?du=2001-01-01&au=2001-12-31"));
        Assert.Equal((8, 7, 3), (V(departement, "passages.total"), V(departement, "delaiDecision.decisions"), V(departement, "sanctions.total")));
        Assert.Equal(7, V(await JsonAsync(await agent.GetAsync($"{Url}?du=2001-01-01&au=2001-12-31&territoireId={sien}")), "passages.total"));
    }

    [Fact]
    public async Task Page_montre_les_indicateurs_de_la_periode_a_l_agent()
    {
        await JeuAsync(2005);
        using var agent = await Navigateur.ConnecteAsync(app, "agent-territoire@49");
        var page = await agent.PageAsync("/ep/indicateurs?Filtre.Du=2005-01-01&Filtre.Au=2005-12-31");
        Assert.Equal("7", page.QuerySelector("#passages .valeur")?.TextContent);
        Assert.Equal("83,3 %", page.QuerySelector("#avis-decisions .valeur")?.TextContent);
        Assert.Equal("300,00 €", page.QuerySelector("#sanctions .montant")?.TextContent);
        Assert.Equal("moyenne 53,7 jours, médiane 53 jours", page.QuerySelector("#delai-decision .valeur")?.TextContent);
        Assert.Equal("1", page.QuerySelector("#recours .renversees")?.TextContent);
        Assert.Equal("2", page.QuerySelector("#passages-thematique .thematique-sanscontrat .nombre")?.TextContent);
        Assert.Null(page.QuerySelector("#secret-statistique"));
    }

    [Fact]
    public async Task Pilote_lit_le_departement_sous_secret_statistique_sans_aucune_cellule_de_moins_de_cinq()
    {
        var (sien, autre) = await TerritoiresAsync(app);
        var thematique = await ThematiqueAsync(app, NatureThematique.SansContrat);
        await ThematiqueAsync(app, NatureThematique.AbsencesRepetees);
        var dossiers = new List<DossierEp>();
        foreach (var (territoire, nombre) in new[] { (sien, 6), (autre, 2) })
        {
            var seance = await SeanceAsync(app, J(2003, 1, 15), territoire);
            for (var i = 0; i < nombre; i++)
                dossiers.Add(Dossier(await NouvellePersonneAsync(app), thematique, NatureThematique.SansContrat, J(2002, 11, 1), territoire, seance).Avis(TypeDecisionEp.Reduction, J(2003, 1, 15)));
        }
        await AjouterAsync(app, [.. dossiers]);

        using var pilote = await Navigateur.ConnecteAsync(app, "pilote@49");
        var t = await JsonAsync(await pilote.GetAsync($"{Url}?du=2003-01-01&au=2003-01-31"));
        Assert.True(t.GetProperty("secretStatistique").GetBoolean());
        Assert.Equal(8, V(t, "passages.total"));
        // A thématique without passage that month is a cell under 5: the breakdown goes out whole or not at all.
        Assert.All(t.GetProperty("passages").GetProperty("parThematique").EnumerateArray(), l => Assert.True(Masquee(l.GetProperty("nombre"))));
        Assert.True(Masquee(t.GetProperty("delaiDecision").GetProperty("decisions")));
        Assert.True(Masquee(t.GetProperty("delaiDecision").GetProperty("medianeJours")));
        // The agent's territoire holds 6, but the département minus it would give away the other 2.
        var parTerritoire = await JsonAsync(await pilote.GetAsync($"{Url}?du=2003-01-01&au=2003-01-31&territoireId={sien}"));
        Assert.True(Masquee(parTerritoire.GetProperty("passages").GetProperty("total")));
        var page = await pilote.PageAsync("/ep/indicateurs?Filtre.Du=2003-01-01&Filtre.Au=2003-01-31");
        Assert.NotNull(page.QuerySelector("#secret-statistique"));
        Assert.Equal("secret statistique", page.QuerySelector("#passages-thematique .thematique-sanscontrat .nombre")?.TextContent);

        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Equal(6, V(await JsonAsync(await agent.GetAsync($"{Url}?du=2003-01-01&au=2003-01-31&territoireId={sien}")), "passages.total"));
    }

    [Theory]
    [InlineData("operateur@49")]
    [InlineData("membre-ep@49")]
    [InlineData("referent@49")]
    public async Task Operateur_membre_et_referent_sont_refuses(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync(Url)).StatusCode);
        Refus.Refuse(await navigateur.GetAsync("/ep/indicateurs"), $"indicateurs EP pour {login}");
    }
}
