using System.Net;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Diagnostic;
using Passerelle.Web.Platform.Audit;
using static Passerelle.Tests.Features.Diagnostic.DonneesDiagnostic;

namespace Passerelle.Tests.Features.Diagnostic;

public sealed class DetailsSensiblesTests(Application app) : IClassFixture<Application>
{
    private const string Sante = "Suivi en addictologie";
    private const string Justice = "Sursis probatoire";

    private async Task<int> DiagnosticDuReferentAsync()
    {
        var personneId = await PersonneAsync(app);
        await DesignerAsync(app, personneId, "referent@49");
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        var reponse = await referent.SoumettreAsync($"/personnes/{personneId}/diagnostic/modifier", Formulaire(0,
            new Dictionary<ThemeFrein, NiveauFrein> { [ThemeFrein.Sante] = NiveauFrein.Important },
            ("Saisie.DetailSante", Sante), ("Saisie.DetailJustice", Justice)));
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        return personneId;
    }

    [Fact]
    public async Task Referent_lit_les_details_et_chaque_lecture_est_journalisee()
    {
        var personneId = await DiagnosticDuReferentAsync();
        var diagnostic = Assert.Single(await VersionsAsync(app, personneId));
        Assert.Equal(1, await JournalAsync(app, AuditActions.ModificationSensible, "Personne", personneId));
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        for (var lecture = 1; lecture <= 2; lecture++)
        {
            var page = await referent.PageAsync($"/personnes/{personneId}/diagnostic");
            Assert.Equal(Sante, page.QuerySelector("#detail-sante")?.TextContent);
            Assert.Equal(Justice, page.QuerySelector("#detail-justice")?.TextContent);
            Assert.Equal(lecture, await JournalAsync(app, AuditActions.ConsultationSensible, "Diagnostic", diagnostic.Id));
        }
        await referent.PageAsync($"/personnes/{personneId}/diagnostic/modifier");
        Assert.Equal(3, await JournalAsync(app, AuditActions.ConsultationSensible, "Diagnostic", diagnostic.Id));
    }

    [Fact]
    public async Task Agent_voit_le_frein_sante_mais_pas_les_details_et_rien_n_est_journalise()
    {
        var personneId = await DiagnosticDuReferentAsync();
        var diagnostic = Assert.Single(await VersionsAsync(app, personneId));
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var page = await agent.PageAsync($"/personnes/{personneId}/diagnostic");
        Assert.Equal(DetailsSensibles.Reserve, page.QuerySelector("#detail-sante")?.TextContent);
        Assert.Equal(DetailsSensibles.Reserve, page.QuerySelector("#detail-justice")?.TextContent);
        Assert.Contains("Frein important", page.QuerySelector("#detail-sante")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Sante, page.Body!.TextContent, StringComparison.Ordinal);
        var formulaire = await agent.PageAsync($"/personnes/{personneId}/diagnostic/modifier");
        Assert.Null(formulaire.QuerySelector("[name='Saisie.DetailSante']"));
        Assert.DoesNotContain(Justice, formulaire.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await JournalAsync(app, AuditActions.ConsultationSensible, "Diagnostic", diagnostic.Id));
    }

    [Fact]
    public async Task Version_enregistree_par_l_agent_garde_les_details_sans_les_lui_ouvrir()
    {
        var personneId = await DiagnosticDuReferentAsync();
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var reponse = await agent.SoumettreAsync($"/personnes/{personneId}/diagnostic/modifier",
            Formulaire(1, null, ("Saisie.Atouts", "Motivé"), ("Saisie.DetailSante", "remplacé par l'agent")));
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var versions = await VersionsAsync(app, personneId);
        Assert.Equal(Sante, versions[1].DetailSante);
        Assert.Equal(Justice, versions[1].DetailJustice);
        Assert.Equal(versions[0].AuteurDetailsSensiblesId, versions[1].AuteurDetailsSensiblesId);
        Assert.Equal(DetailsSensibles.Reserve, (await agent.PageAsync($"/personnes/{personneId}/diagnostic")).QuerySelector("#detail-sante")?.TextContent);
        Assert.Equal(1, await JournalAsync(app, AuditActions.ModificationSensible, "Personne", personneId));
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.Equal(Sante, (await referent.PageAsync($"/personnes/{personneId}/diagnostic")).QuerySelector("#detail-sante")?.TextContent);
    }

    [Fact]
    public async Task Responsable_de_la_structure_voit_le_diagnostic_sans_les_details()
    {
        var personneId = await DiagnosticDuReferentAsync();
        using var responsable = await Navigateur.ConnecteAsync(app, "responsable@49");
        var page = await responsable.PageAsync($"/personnes/{personneId}/diagnostic");
        Assert.Equal(DetailsSensibles.Reserve, page.QuerySelector("#detail-justice")?.TextContent);
    }
}
