using System.Net.Http.Json;
using System.Text.Json;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;

namespace Passerelle.Tests.Features.Dossiers;

public sealed class FicheDossierTests(Application app) : IClassFixture<Application>
{
    private async Task<(DossierDeTest Dossier, string Nom, string Nir)> DossierCompletAsync()
    {
        var nom = NomUnique("MARTIN");
        var nir = NirUnique();
        var dossier = await CreerAsync(app, Angers, "49007", "ANGERS",
            new PersonneDeTest(nom, "LUC", new DateOnly(1985, 5, 17), Nir: nir),
            new PersonneDeTest(nom, "EVA", new DateOnly(1987, 8, 1), Role: "CJT", Sdd: false),
            new PersonneDeTest(nom, "NOA", new DateOnly(2016, 4, 2), Role: "ENF", Sdd: false));
        await AjouterHistoriqueAsync(app, dossier, dossier.Personnes[0], new DateOnly(2024, 3, 31), EvenementDroit.NouvelEntrant);
        await AjouterHistoriqueAsync(app, dossier, dossier.Personnes[0], new DateOnly(2024, 9, 30), EvenementDroit.Sortie, etat: "5");
        await AjouterHistoriqueAsync(app, dossier, dossier.Personnes[0], new DateOnly(2025, 1, 31), EvenementDroit.Retour);
        return (dossier, nom, nir);
    }

    [Fact]
    public async Task Dossier_montre_foyer_droit_personnes_et_historique_chronologique()
    {
        var (dossier, nom, nir) = await DossierCompletAsync();
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var page = await navigateur.PageAsync($"/dossiers/{dossier.Id}");
        var foyer = page.QuerySelector("#foyer")!.TextContent;
        Assert.Contains("Marié(e)", foyer, StringComparison.Ordinal);
        Assert.Contains("12 RUE DES LILAS", foyer, StringComparison.Ordinal);
        Assert.Contains(Angers, foyer, StringComparison.Ordinal);
        var droit = page.QuerySelector("#droit")!.TextContent;
        Assert.Contains("Droit ouvert et versable", droit, StringComparison.Ordinal);
        Assert.Contains($"numéro d'allocataire {dossier.Matricule}", droit, StringComparison.Ordinal);
        Assert.Contains("RSA socle", droit, StringComparison.Ordinal);
        var lignes = page.QuerySelectorAll("#personnes tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Equal(3, lignes.Count);
        Assert.StartsWith("Demandeur", lignes[0].Trim(), StringComparison.Ordinal);
        Assert.Contains("Conjoint", lignes[1], StringComparison.Ordinal);
        Assert.Contains("Enfant", lignes[2], StringComparison.Ordinal);
        Assert.Equal(PerimetreDossiers.FormaterNir(nir), page.QuerySelector("#personnes td.nir")?.TextContent);
        var etapes = page.QuerySelectorAll("#historique ol")[0].QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, etapes.Count);
        Assert.StartsWith("31/03/2024 — Nouvel entrant", etapes[0], StringComparison.Ordinal);
        Assert.Contains("Sortie : Droit clos", etapes[1], StringComparison.Ordinal);
        Assert.StartsWith("31/01/2025 — Retour", etapes[2], StringComparison.Ordinal);
        Assert.Contains(nom, page.QuerySelector("#historique h3")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dossier_liste_les_imports_qui_l_ont_touche_et_ses_rejets()
    {
        var (dossier, _, _) = await DossierCompletAsync();
        var fichier = $"flux-{Guid.NewGuid():N}.xml";
        var (import, importRejet) = await AjouterImportsAsync(app, dossier, fichier);
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var page = await navigateur.PageAsync($"/dossiers/{dossier.Id}");
        var ligne = Assert.Single(page.QuerySelectorAll("#imports tbody tr"));
        Assert.Equal($"/imports/{import}", ligne.QuerySelector("a")?.GetAttribute("href"));
        Assert.Contains("Création", ligne.TextContent, StringComparison.Ordinal);
        var rejet = Assert.Single(page.QuerySelectorAll("#rejets tbody tr"));
        Assert.Equal($"/imports/{importRejet}", rejet.QuerySelector("a")?.GetAttribute("href"));
        Assert.Contains("Clé du NIR invalide.", rejet.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chaque_lecture_du_dossier_est_journalisee()
    {
        var (dossier, _, _) = await DossierCompletAsync();
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent-territoire@49");
        await navigateur.PageAsync($"/dossiers/{dossier.Id}");
        await navigateur.PageAsync($"/dossiers/{dossier.Id}");
        Assert.Equal(2, await ConsultationsAsync(app, dossier.Id));
        await navigateur.GetAsync($"/api/v1/dossiers/{dossier.Id}");
        Assert.Equal(3, await ConsultationsAsync(app, dossier.Id));
    }

    [Fact]
    public async Task Api_donne_le_dossier_et_la_recherche_avec_pagination()
    {
        var (dossier, nom, nir) = await DossierCompletAsync();
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var fiche = await navigateur.Client.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{dossier.Id}");
        Assert.Equal(dossier.NumDemRsa, fiche.GetProperty("numDemRsa").GetString());
        Assert.Equal(3, fiche.GetProperty("membres").GetArrayLength());
        Assert.Equal(3, fiche.GetProperty("membres")[0].GetProperty("historique").GetArrayLength());

        var recherche = await navigateur.Client.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers?nom={nom}&tri=naissance&sens=desc&taille=2&page=1");
        Assert.Equal(3, recherche.GetProperty("total").GetInt32());
        var elements = recherche.GetProperty("elements");
        Assert.Equal(["NOA", "EVA"], elements.EnumerateArray().Select(e => e.GetProperty("prenoms").GetString()));
        var parNir = await navigateur.Client.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers?nir={nir[..13]}");
        Assert.Equal(PerimetreDossiers.FormaterNir(nir), parNir.GetProperty("elements")[0].GetProperty("nir").GetString());

        var invalide = await navigateur.GetAsync("/api/v1/dossiers?nir=123");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, invalide.StatusCode);
        var probleme = await invalide.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(probleme.GetProperty("errors").TryGetProperty("nir", out _));
    }
}
