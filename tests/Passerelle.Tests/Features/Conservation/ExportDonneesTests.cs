using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Dossiers;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Platform.Audit;
using UglyToad.PdfPig;
using static Passerelle.Tests.Features.Conservation.DonneesConservation;
using static Passerelle.Tests.Features.Portefeuille.DonneesPortefeuille;

namespace Passerelle.Tests.Features.Conservation;

public sealed class ExportDonneesTests(Application app) : IClassFixture<Application>
{
    private Task<int> ExportsAsync(int personneId) =>
        app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == AuditActions.ExportDonneesPersonnelles && a.ObjetId == personneId.ToString()));

    [Fact]
    public async Task Export_par_un_agent_du_departement_contient_ses_donnees_sensibles_comprises_et_est_journalise()
    {
        var personne = await AccompagnementTermineAsync(app, new DateOnly(2025, 6, 1));
        await RendezVousAsync(app, personne.PersonneId, new DateTime(2025, 3, 3, 9, 0, 0, DateTimeKind.Utc), StatutRendezVous.Honore);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");

        var json = await agent.GetAsync($"/api/v1/personnes/{personne.PersonneId}/donnees-personnelles");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        var texte = await json.Content.ReadAsStringAsync();
        var sections = JsonDocument.Parse(texte).RootElement.GetProperty("sections").EnumerateArray()
            .ToDictionary(s => s.GetProperty("titre").GetString()!, s => s.GetProperty("elements"));
        Assert.Equal(personne.Nir, sections["Identité"][0].GetProperty("NIR").GetString());
        Assert.Equal(personne.Nom, sections["Identité"][0].GetProperty("Nom").GetString());
        Assert.Equal("Suivi en addictologie", sections["Diagnostics"][0].GetProperty("Santé").GetString());
        Assert.Equal("03/03/2025 10:00", sections["Rendez-vous"][0].GetProperty("Date").GetString());
        Assert.Equal(personne.Dossier.NumDemRsa, sections["Foyers et dossiers RSA"][0].GetProperty("Numéro de demande").GetString());
        Assert.Equal("Droit clos", sections["Parcours"][0].GetProperty("Motif de clôture").GetString());

        var pdf = await agent.GetAsync($"/api/v1/personnes/{personne.PersonneId}/donnees-personnelles.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var lu = string.Join(" ", document.GetPages().Select(p => p.Text));
        Assert.Contains(personne.Nom, lu, StringComparison.Ordinal);
        Assert.Contains(personne.Nir, lu, StringComparison.Ordinal);
        Assert.Contains("Suivi en addictologie", lu, StringComparison.Ordinal);

        Assert.Equal(2, await ExportsAsync(personne.PersonneId));
        var journal = await agent.GetAsync($"/api/v1/personnes/{personne.PersonneId}/donnees-personnelles");
        Assert.Contains("Export des données d'une personne", await journal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("agent-territoire@49")]
    [InlineData("referent@49")]
    [InlineData("responsable@49")]
    [InlineData("admin@49")]
    [InlineData("lecteur@49")]
    [InlineData("pilote@49")]
    public async Task Export_par_un_autre_role_est_refuse_sans_journal(string login)
    {
        var personne = await AccompagnementTermineAsync(app, new DateOnly(2025, 6, 1));
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        foreach (var suffixe in new[] { "", ".pdf" })
            Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync($"/api/v1/personnes/{personne.PersonneId}/donnees-personnelles{suffixe}")).StatusCode);
        Assert.Equal(0, await ExportsAsync(personne.PersonneId));
    }

    [Fact]
    public async Task Export_d_une_personne_d_un_autre_departement_est_introuvable()
    {
        var personne = await AccompagnementTermineAsync(app, new DateOnly(2025, 6, 1));
        using var agent37 = await Navigateur.ConnecteAsync(app, "agent@37");
        foreach (var suffixe in new[] { "", ".pdf" })
            Assert.Equal(HttpStatusCode.NotFound, (await agent37.GetAsync($"/api/v1/personnes/{personne.PersonneId}/donnees-personnelles{suffixe}")).StatusCode);
        Assert.Equal(0, await ExportsAsync(personne.PersonneId));
    }

    [Fact]
    public async Task Page_personne_propose_l_export_a_l_agent_du_departement_seulement()
    {
        var personne = await AccompagnementTermineAsync(app, new DateOnly(2025, 6, 1));
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var page = await agent.PageAsync($"/personnes/{personne.PersonneId}");
        Assert.NotNull(page.QuerySelector($"#donnees-personnelles a[href='/api/v1/personnes/{personne.PersonneId}/donnees-personnelles.pdf']"));
        using var territoire = await Navigateur.ConnecteAsync(app, "agent-territoire@49");
        Assert.Null((await territoire.PageAsync($"/personnes/{personne.PersonneId}")).QuerySelector("#donnees-personnelles"));
    }
}
