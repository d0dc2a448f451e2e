using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Iae;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Parrainage.ParrainageDeTest;

namespace Passerelle.Tests.Features.Iae;

/// <summary>IAE parcours: a hire within the 6 months of the eligibility diagnosis, with the contract of the SIAE's kind; exits; agreed places and their occupation.</summary>
public sealed class IaeTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Referent_enregistre_une_embauche_dans_les_6_mois_du_diagnostic_puis_la_sortie_et_l_agent_voit_l_occupation()
    {
        var p = await Sorties.SortiesDeTest.AccompagneeAsync(app);
        var (aci, etti) = await app.DansDepartementAsync("49", async db =>
            (await db.Structures.Where(s => s.Type == TypeStructure.SiaeAci).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
             await db.Structures.Where(s => s.Type == TypeStructure.SiaeEtti).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync()));
        var aujourdhui = HeureDeTest.Aujourdhui;
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        KeyValuePair<string, string>[] Champs(int structure, DateOnly diagnostic, string contrat) =>
        [
            Champ("Saisie.StructureId", structure.ToString(CultureInfo.InvariantCulture)), Champ("Saisie.DateDiagnostic", Jour(diagnostic)),
            Champ("Saisie.DateEmbauche", Jour(aujourdhui)), Champ("Saisie.TypeContrat", contrat),
        ];
        var refus = await Navigateur.DocumentAsync(await referent.SoumettreAsync($"/iae/entree/{p.PersonneId}", Champs(etti, aujourdhui.AddMonths(-7), "Cddi")));
        Assert.StartsWith("Le diagnostic d'éligibilité est valable 6 mois", refus.QuerySelector("#Saisie_DateEmbauche-erreur")?.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Ce type de structure ne signe pas de « CDD d'insertion (CDDI) »", refus.QuerySelector("#Saisie_TypeContrat-erreur")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await referent.SoumettreAsync($"/iae/entree/{p.PersonneId}", Champs(aci, aujourdhui.AddMonths(-2), "Cddi"))).StatusCode);
        var parcours = await app.DansDepartementAsync("49", db => db.Set<ParcoursIae>().AsNoTracking().SingleAsync(x => x.PersonneId == p.PersonneId));

        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var places = await agent.SoumettreAsync("/iae/places", [Champ("structure", aci.ToString(CultureInfo.InvariantCulture)),
            Champ("annee", aujourdhui.Year.ToString(CultureInfo.InvariantCulture)), Champ("postes", "12"), Champ("etp", "8.5")]);
        Assert.Equal(HttpStatusCode.Redirect, places.StatusCode);
        var ligne = (await agent.PageAsync($"/iae/places?Annee={aujourdhui.Year}")).QuerySelector($"#occupation-siae tr[data-siae='{aci}']");
        Assert.Equal("12", ligne?.QuerySelector(".postes")?.TextContent);
        Assert.True(int.Parse(ligne!.QuerySelector(".presents")!.TextContent, CultureInfo.InvariantCulture) >= 1);

        using var robot = ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "49", [PorteesApi.IaeLecture, PorteesApi.IaeEcriture])).Texte);
        var liste = await robot.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/iae?personneId={p.PersonneId}", UriKind.Relative));
        var lu = Assert.Single(liste.GetProperty("elements").EnumerateArray());
        Assert.Equal(("ACI", "FIXED_TERM_I"), (lu.GetProperty("kind").GetString(), lu.GetProperty("codeContrat").GetString()));
        var futur = await robot.PostAsJsonAsync(new Uri($"/api/v1/iae/{parcours.Id}/sortie", UriKind.Relative), new { version = 0, date = Jour(aujourdhui.AddDays(1)), motif = "EmploiDurable" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, futur.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await robot.PostAsJsonAsync(new Uri($"/api/v1/iae/{parcours.Id}/sortie", UriKind.Relative), new { version = 0, date = Jour(aujourdhui), motif = "EmploiDurable" })).StatusCode);
        var occupation = await robot.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/iae/occupation?annee={aujourdhui.Year}", UriKind.Relative));
        Assert.Contains(occupation.GetProperty("sortiesParMotif").EnumerateArray(), s => s.GetProperty("motif").GetString() == "EmploiDurable");
        Assert.Contains("Emploi durable", (await referent.PageAsync($"/personnes/{p.PersonneId}")).QuerySelector("#iae")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Vocabulaire_donne_un_code_des_emplois_de_l_inclusion_a_chaque_type_de_siae_et_contrat()
    {
        Assert.Equal(["ACI", "AI", "EI", "ETTI"], VocabulaireEmploisInclusion.Kinds.Values.Order(StringComparer.Ordinal));
        Assert.All(Enum.GetValues<TypeContratIae>(), c => Assert.True(VocabulaireEmploisInclusion.Contrats.ContainsKey(c)));
        Assert.All(Enum.GetValues<MotifSortieIae>(), m => Assert.True(VocabulaireEmploisInclusion.Sorties.ContainsKey(m)));
        Assert.Equal([TypeContratIae.MissionInterim], VocabulaireEmploisInclusion.ContratsPossibles(TypeStructure.SiaeEtti));
    }

    [Theory]
    [InlineData("referent@49")]
    [InlineData("operateur@49")]
    public async Task Places_refusees_aux_roles_hors_pilotage(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Refus.Refuse(await navigateur.GetAsync("/iae/places"), $"/iae/places pour {login}");
        Refus.Refuse(await navigateur.GetAsync("/immersions/indicateurs"), $"/immersions/indicateurs pour {login}");
    }

    [Fact]
    public async Task Lecteur_voit_les_places_sans_pouvoir_les_modifier()
    {
        using var lecteur = await Navigateur.ConnecteAsync(app, "lecteur@49");
        var page = await lecteur.PageAsync("/iae/places");
        Assert.NotNull(page.QuerySelector("#occupation-siae"));
        Assert.Null(page.QuerySelector("form[id^=form-places-]"));
    }
}
