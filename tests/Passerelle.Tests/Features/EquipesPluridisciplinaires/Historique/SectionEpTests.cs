using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Portefeuille;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.EquipesPluridisciplinaires;
using static Passerelle.Tests.Features.EquipesPluridisciplinaires.Historique.HistoriqueEpDeTest;
using static Passerelle.Tests.Features.Sorties.SortiesDeTest;

namespace Passerelle.Tests.Features.EquipesPluridisciplinaires.Historique;

/// <summary>The « Équipe pluridisciplinaire » section of the person page and the EP steps of the person's timeline.</summary>
public sealed class SectionEpTests(Application app) : IClassFixture<Application>
{
    private sealed record Passages(int PersonneId, int Annule, int Remobilisation);

    /// <summary>A sanction cancelled on appeal, then a suspension-remobilisation given back, and a reminder before both.</summary>
    private async Task<Passages> HistoriqueAsync()
    {
        var p = await AccompagneeAsync(app);
        var (sansContrat, remobilisation) = (await ThematiqueAsync(app, NatureThematique.SansContrat), await ThematiqueAsync(app, NatureThematique.SuspensionRemobilisation));
        var annule = Dossier(p.PersonneId, sansContrat, NatureThematique.SansContrat, J(2025, 1, 10), seanceId: await SeanceAsync(app, J(2025, 3, 5), nom: "EP d'Angers"))
            .Avis(TypeDecisionEp.Reduction, J(2025, 3, 5)).Decide(TypeDecisionEp.Reduction, J(2025, 3, 10), montant: 100m, duree: 1)
            .Recours(TypeRecours.Gracieux, J(2025, 4, 1), IssueRecours.DecisionAnnulee, J(2025, 5, 2));
        (annule.DateInformation, annule.DateNotification) = (J(2025, 2, 1), J(2025, 3, 12));
        var rendu = Dossier(p.PersonneId, remobilisation, NatureThematique.SuspensionRemobilisation, J(2025, 6, 1), seanceId: await SeanceAsync(app, J(2025, 7, 3)))
            .Avis(TypeDecisionEp.SuspensionRemobilisation, J(2025, 7, 3)).Decide(TypeDecisionEp.SuspensionRemobilisation, J(2025, 7, 8), montant: 150m, duree: 2, pourcentage: 30);
        (rendu.RepriseObligationsLe, rendu.MoisRestitues) = (J(2025, 8, 1), 2);
        await AjouterAsync(app, annule, rendu);
        await RelanceAsync(app, p.PersonneId, NatureThematique.SansContrat, 1, J(2024, 12, 1));
        return new(p.PersonneId, annule.Id, rendu.Id);
    }

    private static string Texte(AngleSharp.Dom.IParentNode? element, string selecteur) =>
        element?.QuerySelector(selecteur)?.TextContent.Trim().ReplaceLineEndings(" ") ?? "";

    [Fact]
    public async Task Section_montre_passages_decision_annulee_sur_recours_barree_et_restitution_du_plus_recent_au_plus_ancien()
    {
        var h = await HistoriqueAsync();
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var page = await agent.PageAsync($"/personnes/{h.PersonneId}");

        Assert.Equal([$"passage-ep-{h.Remobilisation}", $"passage-ep-{h.Annule}"], page.QuerySelectorAll("#ep .passage-ep").Select(e => e.Id));
        var annule = page.QuerySelector($"#passage-ep-{h.Annule}");
        Assert.Equal("Non-respect : pas de contrat signé", annule?.QuerySelector("h3 a")?.TextContent);
        Assert.Equal($"/ep/dossiers/{h.Annule}", annule?.QuerySelector("h3 a")?.GetAttribute("href"));
        Assert.Equal("10/01/2025", Texte(annule, ".detecte"));
        Assert.Equal("01/02/2025", Texte(annule, ".information"));
        Assert.StartsWith("05/03/2025 à ", Texte(annule, ".seance"), StringComparison.Ordinal);
        Assert.Contains("EP d'Angers", Texte(annule, ".seance"), StringComparison.Ordinal);
        Assert.Equal("Réduction du RSA : Avis d'essai", Texte(annule, ".avis"));
        Assert.Equal("Réduction du RSA (100,00 €, 1 mois, à compter du 20/03/2025), décidée le 10/03/2025", Texte(annule, ".decision del"));
        Assert.Equal("annulée sur recours le 02/05/2025", Texte(annule, ".decision .annulee"));
        Assert.Equal("12/03/2025", Texte(annule, ".notification"));
        Assert.Equal("Recours gracieux déposé le 01/04/2025 : décision annulée le 02/05/2025", Texte(annule, ".recours"));

        var rendu = page.QuerySelector($"#passage-ep-{h.Remobilisation}");
        Assert.Null(rendu?.QuerySelector(".decision del"));
        Assert.Equal("Suspension-remobilisation (150,00 €, 30 %, 2 mois, à compter du 18/07/2025), décidée le 08/07/2025", Texte(rendu, ".decision"));
        Assert.Equal("Obligations reprises le 01/08/2025, 2 mois restitué(s)", Texte(rendu, ".restitution"));
        Assert.Equal("Décidé", Texte(rendu, ".statut"));
        Assert.Equal(["01/12/2024", "Non-respect : pas de contrat signé", "n° 1"],
            page.QuerySelectorAll("#relances-ep .relance-ep th, #relances-ep .relance-ep td").Select(c => c.TextContent.Trim()));
        Assert.NotNull(page.QuerySelector("a[href='#ep']"));
    }

    [Fact]
    public async Task Referent_de_la_personne_lit_l_historique_sans_lien_vers_les_dossiers_et_celui_d_une_autre_structure_ne_trouve_pas_la_personne()
    {
        var h = await HistoriqueAsync();
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        var page = await referent.PageAsync($"/personnes/{h.PersonneId}");
        Assert.Equal(2, page.QuerySelectorAll("#ep .passage-ep").Length);
        Assert.Equal("annulée sur recours le 02/05/2025", Texte(page.QuerySelector($"#passage-ep-{h.Annule}"), ".decision .annulee"));
        Assert.Empty(page.QuerySelectorAll("#ep a[href^='/ep/']"));

        var ccas = (await DonneesPortefeuille.CompteAsync(app, "referent@49")).StructureId;
        var ailleurs = await DonneesPortefeuille.NouveauReferentAsync(app, await AutreStructureAsync(ccas));
        using var autre = await Navigateur.ConnecteAsync(app, ailleurs.Login);
        Assert.Equal(HttpStatusCode.NotFound, (await autre.GetAsync($"/personnes/{h.PersonneId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await autre.GetAsync($"/personnes/{h.PersonneId}/parcours")).StatusCode);
    }

    private Task<int> AutreStructureAsync(int structure) =>
        app.DansDepartementAsync("49", db => db.Structures.Where(s => s.Id != structure).Select(s => s.Id).FirstAsync());

    [Fact]
    public async Task Personne_sans_passage_ni_relance_voit_la_section_vide()
    {
        var p = await AccompagneeAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        var page = await referent.PageAsync($"/personnes/{p.PersonneId}");
        Assert.Equal("Aucun passage devant une équipe pluridisciplinaire, aucune relance.", Texte(page, "#ep-vide"));
        Assert.Null(page.QuerySelector("#relances-ep"));
    }

    [Fact]
    public async Task Chronologie_montre_chaque_etape_du_passage_a_sa_date()
    {
        var h = await HistoriqueAsync();
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var page = await agent.PageAsync($"/personnes/{h.PersonneId}/parcours?Nature={Uri.EscapeDataString("Équipe pluridisciplinaire")}");
        var lignes = page.QuerySelectorAll("#chronologie .evenement-parcours").Select(l => l.TextContent.ReplaceLineEndings(" ")).ToList();
        string[] attendus =
        [
            "Reprise des obligations", "Décision notifiée", "Avis de l'équipe : Suspension-remobilisation", "Séance de l'équipe pluridisciplinaire",
            "Recours gracieux : décision annulée", "Recours gracieux déposé", "Décision : Réduction du RSA", "Courrier d'information avant l'équipe pluridisciplinaire",
            "Proposé à l'équipe pluridisciplinaire", "Relance n° 1 avant équipe pluridisciplinaire",
        ];
        foreach (var attendu in attendus) Assert.Contains(lignes, l => l.Contains(attendu, StringComparison.Ordinal));
        Assert.Contains(lignes, l => l.Contains("Décision : Réduction du RSA", StringComparison.Ordinal) && l.Contains("Annulée sur recours le 02/05/2025", StringComparison.Ordinal));
        Assert.Equal(14, lignes.Count);
        Assert.Contains("Relance", lignes[^1], StringComparison.Ordinal);
    }
}
