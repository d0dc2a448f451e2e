using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Diagnostic;
using Passerelle.Web.Features.Orientation;
using static Passerelle.Tests.Features.Diagnostic.DonneesDiagnostic;

namespace Passerelle.Tests.Features.Diagnostic;

public sealed class DiagnosticTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Chaque_enregistrement_ajoute_une_version_et_garde_les_precedentes()
    {
        var personneId = await PersonneAsync(app);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var url = $"/personnes/{personneId}/diagnostic/modifier";
        var premiere = await agent.SoumettreAsync(url, Formulaire(0, new Dictionary<ThemeFrein, NiveauFrein> { [ThemeFrein.Mobilite] = NiveauFrein.Leger },
            ("Saisie.Atouts", "Ponctuel"), ("Saisie.Metiers[0]", "k2204"), ("Saisie.PermisB", "true"), ("Saisie.RayonMobiliteKm", "20")));
        Assert.Equal(HttpStatusCode.Redirect, premiere.StatusCode);
        var seconde = await agent.SoumettreAsync(url, Formulaire(1, null, ("Saisie.Atouts", "Ponctuel et curieux"), ("Saisie.Metiers[0]", "K2204 — Nettoyage de locaux"), ("Saisie.Metiers[1]", "N1103")));
        Assert.Equal(HttpStatusCode.Redirect, seconde.StatusCode);

        var versions = await VersionsAsync(app, personneId);
        Assert.Equal([1, 2], versions.Select(v => v.Numero));
        Assert.Equal("Ponctuel", versions[0].Atouts);
        Assert.Equal(NiveauFrein.Leger, versions[0].Niveau(ThemeFrein.Mobilite));
        Assert.True(versions[0].PermisB);
        Assert.Equal(["K2204", "N1103"], versions[1].MetiersRecherches);
        Assert.Equal(NiveauFrein.Aucun, versions[1].Niveau(ThemeFrein.Mobilite));

        var page = await agent.PageAsync($"/personnes/{personneId}/diagnostic");
        Assert.Contains("Version n° 2", page.QuerySelector("#version")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("#historique tbody tr").Length);
        Assert.Contains("K2204 — Nettoyage de locaux", page.QuerySelector("#metiers")!.TextContent, StringComparison.Ordinal);
        var ancienne = await agent.PageAsync($"/personnes/{personneId}/diagnostic/1");
        Assert.NotNull(ancienne.QuerySelector("#ancienne-version"));
        Assert.Contains("Ponctuel", ancienne.QuerySelector("#profil")!.TextContent, StringComparison.Ordinal);
        Assert.Null(ancienne.QuerySelector("#proposition"));
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"/personnes/{personneId}/diagnostic/3")).StatusCode);
    }

    [Fact]
    public async Task Formulaire_part_de_la_version_en_vigueur()
    {
        var personneId = await PersonneAsync(app);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        await agent.SoumettreAsync($"/personnes/{personneId}/diagnostic/modifier",
            Formulaire(0, new Dictionary<ThemeFrein, NiveauFrein> { [ThemeFrein.Numerique] = NiveauFrein.Important }, ("Saisie.Metiers[0]", "M1607")));
        var formulaire = await agent.PageAsync($"/personnes/{personneId}/diagnostic/modifier");
        Assert.Equal("1", formulaire.QuerySelector("input[name='Saisie.NumeroBase']")?.GetAttribute("value"));
        Assert.NotNull(formulaire.QuerySelector($"input[name='Saisie.Freins[{(int)ThemeFrein.Numerique}].Niveau'][value=Important][checked]"));
        Assert.Equal("M1607 — Secrétariat", formulaire.QuerySelector("#metier-0")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Enregistrement_fondé_sur_une_version_depassee_est_refuse()
    {
        var personneId = await PersonneAsync(app);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var url = $"/personnes/{personneId}/diagnostic/modifier";
        await agent.SoumettreAsync(url, Formulaire(0));
        var reponse = await agent.SoumettreAsync(url, Formulaire(0, null, ("Saisie.Atouts", "écrase")));
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Contains(EnregistrementDiagnostic.ModifieEntreTemps, (await Navigateur.DocumentAsync(reponse)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await VersionsAsync(app, personneId));
    }

    [Fact]
    public async Task Code_rome_inconnu_et_niveau_invalide_sont_refuses_en_francais()
    {
        var personneId = await PersonneAsync(app);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var champs = Formulaire(0, null, ("Saisie.Metiers[0]", "Z9999"), ("Saisie.Metiers[1]", "plombier"), ("Saisie.AnneesExperience", "-1"),
            ("Saisie.DisponibleImmediatement", "true"), ("Saisie.DisponibleLe", "2027-01-04"));
        champs[1] = new("Saisie.Freins[0].Niveau", "Enorme");
        var reponse = await agent.SoumettreAsync($"/personnes/{personneId}/diagnostic/modifier", champs);
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var page = await Navigateur.DocumentAsync(reponse);
        Assert.Contains("« Z9999 » n'est pas une fiche ROME connue", page.QuerySelector("#metier-0-erreur")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("« plombier » n'est pas une fiche ROME connue", page.QuerySelector("#metier-1-erreur")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Choisissez le niveau du frein « Logement »", page.QuerySelector("#frein-Logement")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("entre 0 et 60", page.QuerySelector("#Saisie_AnneesExperience-erreur")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("pas les deux", page.QuerySelector("#Saisie_DisponibleLe-erreur")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(await VersionsAsync(app, personneId));
    }

    [Fact]
    public async Task Diagnostic_fait_passer_le_parcours_a_orienter_par_la_machine_a_etats()
    {
        var invite = await PersonneAsync(app, etape: EtapeParcours.Invite);
        var oriente = await PersonneAsync(app, etape: EtapeParcours.Accompagne);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        foreach (var id in new[] { invite, oriente })
            Assert.Equal(HttpStatusCode.Redirect, (await agent.SoumettreAsync($"/personnes/{id}/diagnostic/modifier", Formulaire(0))).StatusCode);

        var avance = await ParcoursAsync(app, invite);
        Assert.Equal(EtapeParcours.AOrienter, avance.Etape);
        Assert.NotNull(avance.DateDiagnostic);
        var inchange = await ParcoursAsync(app, oriente);
        Assert.Equal(EtapeParcours.Accompagne, inchange.Etape);
        Assert.Null(inchange.DateDiagnostic);
    }

    [Fact]
    public async Task Page_propose_l_orientation_de_la_regle_avec_ses_raisons()
    {
        var personneId = await PersonneAsync(app);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        await agent.SoumettreAsync($"/personnes/{personneId}/diagnostic/modifier",
            Formulaire(0, new Dictionary<ThemeFrein, NiveauFrein> { [ThemeFrein.Logement] = NiveauFrein.Important }, ("Saisie.Metiers[0]", "G1602")));
        var proposition = (await agent.PageAsync($"/personnes/{personneId}/diagnostic")).QuerySelector("#proposition")!.TextContent;
        Assert.Contains("Orientation suggérée : Sociale", proposition, StringComparison.Ordinal);
        Assert.Contains("frein important : logement", proposition, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sans_diagnostic_la_page_invite_a_l_etablir()
    {
        var personneId = await PersonneAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        await DesignerAsync(app, personneId, "referent@49");
        var page = await referent.PageAsync($"/personnes/{personneId}/diagnostic");
        Assert.NotNull(page.QuerySelector("#aucun-diagnostic"));
        Assert.Equal(HttpStatusCode.NotFound, (await referent.GetAsync($"/personnes/{personneId}/diagnostic/1")).StatusCode);
    }

    [Fact]
    public async Task Agent_propose_l_orientation_suggeree_qui_entre_dans_l_historique()
    {
        var personneId = await PersonneAsync(app);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        await agent.SoumettreAsync($"/personnes/{personneId}/diagnostic/modifier", Formulaire(0, null, ("Saisie.Metiers[0]", "K2204")));
        var page = await agent.PageAsync($"/personnes/{personneId}/diagnostic");
        var formulaire = page.QuerySelector("#proposition form")!;
        var champs = formulaire.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!));
        var reponse = await agent.PosterAsync($"/personnes/{personneId}/diagnostic?handler=Proposer", champs);
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);

        var parcours = await ParcoursAsync(app, personneId);
        Assert.Equal(EtapeParcours.OrientationProposee, parcours.Etape);
        Assert.Equal(TypeOrientation.Professionnelle, parcours.TypeOrientation);
        var decision = await app.DansDepartementAsync("49", db => db.Set<DecisionOrientation>().SingleAsync(d => d.PersonneId == personneId));
        Assert.Equal(OrigineOrientation.Diagnostic, decision.Origine);
        Assert.StartsWith("Diagnostic : 1 métier(s) recherché(s) : K2204", decision.Motif, StringComparison.Ordinal);
        Assert.Null((await agent.PageAsync($"/personnes/{personneId}/diagnostic")).QuerySelector("#proposer"));
    }

    [Fact]
    public async Task Referent_ne_voit_pas_le_bouton_de_proposition()
    {
        var personneId = await PersonneAsync(app);
        await DesignerAsync(app, personneId, "referent@49");
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        await referent.SoumettreAsync($"/personnes/{personneId}/diagnostic/modifier", Formulaire(0));
        var page = await referent.PageAsync($"/personnes/{personneId}/diagnostic");
        Assert.NotNull(page.QuerySelector("#proposition"));
        Assert.Null(page.QuerySelector("#proposer"));
    }
}
