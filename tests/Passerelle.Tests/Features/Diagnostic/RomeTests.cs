using System.Net;
using System.Net.Http.Json;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Diagnostic.Rome;

namespace Passerelle.Tests.Features.Diagnostic;

public sealed class RomeTests(Application app) : IClassFixture<Application>
{
    private static readonly ReferentielRome Rome = ReferentielRome.Charger();

    [Fact]
    public void Referentiel_contient_les_532_fiches_avec_leurs_libelles()
    {
        Assert.Equal(532, Rome.Nombre);
        Assert.Equal("Nettoyage de locaux", Rome.Trouver("K2204")?.Libelle);
        Assert.Equal("Magasinage et préparation de commandes", Rome.Trouver("n1103")?.Libelle);
        Assert.Equal("Conseil en emploi et insertion socioprofessionnelle", Rome.Trouver("K1801")?.Libelle);
    }

    [Theory]
    [InlineData("K2204", "K2204")]
    [InlineData(" k2204 ", "K2204")]
    [InlineData("K2204 — Nettoyage de locaux", "K2204")]
    [InlineData("Z9999", null)]
    [InlineData("K22045", null)]
    [InlineData("Nettoyage", null)]
    public void Lecture_d_une_saisie(string saisie, string? code) => Assert.Equal(code, Rome.Lire(saisie)?.Code);

    [Theory]
    [InlineData("electricite batiment", "F1602")]
    [InlineData("ÉLECTRICITÉ", "F1602")]
    [InlineData("k2204", "K2204")]
    [InlineData("preparation commandes", "N1103")]
    public void Recherche_ignore_accents_et_casse(string texte, string attendu) => Assert.Contains(Rome.Rechercher(texte, 20), f => f.Code == attendu);

    [Fact]
    public async Task Api_cherche_sur_le_code_et_le_libelle_vingt_resultats_au_plus()
    {
        using var agent = await Navigateur.ConnecteAsync(app, "referent@49");
        var nettoyage = (await agent.Client.GetFromJsonAsync<List<RomeApi.FicheRomeDto>>("/api/v1/rome?q=nettoyage%20locaux"))!;
        Assert.Equal(["K2204"], nettoyage.Select(f => f.Code));
        Assert.Equal("K2204 — Nettoyage de locaux", nettoyage[0].Affichage);
        var conduite = await agent.Client.GetFromJsonAsync<List<RomeApi.FicheRomeDto>>("/api/v1/rome?q=conduite");
        Assert.Equal(RomeApi.Maximum, conduite!.Count);
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.GetAsync("/api/v1/rome?q=%20")).StatusCode);
    }
}
