using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Dossiers.Avertissements;
using Passerelle.Web.Features.Dossiers.Cnaf;
using static Passerelle.Tests.Features.Imports.ImportsDeTest;

namespace Passerelle.Tests.Features.Dossiers;

/// <summary>The « Anomalies des flux » queue: who sees which warnings, clearing with a comment, and the refusals.</summary>
public sealed class AvertissementsTests(Application app) : IClassFixture<Application>
{
    private static readonly DateOnly Janvier = new(2026, 1, 31);
    private const string Levee = "/api/v1/dossiers/avertissements/levee";

    /// <summary>A dossier in Angers (the first territoire) or Saumur (another one) with one warning: a NIR of zeros.</summary>
    private async Task<(int DossierId, int AvertissementId)> DossierAvecAvertissementAsync(string insee = "49007")
    {
        var numero = NouveauNumero();
        var foyer = Foyer(numero, "2", Personne("ANOMALIE", Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), new DateOnly(1984, 4, 4), nir: "0000000000000"));
        await ImporterAsync(app, Flux(Janvier, foyer with { Adresse = foyer.Adresse! with { CodeInsee = insee, CodePostal = "49400", Commune = "SAUMUR" } }));
        return await app.DansDepartementAsync("49", db => db.AvertissementsDossier.Where(a => a.Dossier!.NumDemRsa == numero)
            .Select(a => new ValueTuple<int, int>(a.DossierId, a.Id)).SingleAsync());
    }

    [Fact]
    public async Task Agent_voit_l_avertissement_dans_la_file_et_sur_le_dossier_puis_le_leve_avec_un_commentaire_journalise()
    {
        var (dossier, id) = await DossierAvecAvertissementAsync();
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");

        var file = await navigateur.PageAsync($"/dossiers/avertissements?Nature=NirInvalide&DossierId={dossier}");
        var ligne = file.QuerySelector($"tr[data-avertissement='{id}']");
        Assert.Contains("NIR non retenu", ligne?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(ligne?.QuerySelector($"a[href='/dossiers/{dossier}']"));
        Assert.Contains("NIR non retenu", (await navigateur.PageAsync($"/dossiers/{dossier}")).QuerySelector("#avertissements")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await navigateur.PageAsync("/")).QuerySelector("a[href='/dossiers/avertissements']"));

        var reponse = await navigateur.SoumettreAsync($"/dossiers/avertissements?DossierId={dossier}",
            [new("Selection", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Commentaire", "NIR demandé à la CAF")],
            $"/dossiers/avertissements?handler=Lever&DossierId={dossier}");

        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var leve = await app.DansDepartementAsync("49", db => db.AvertissementsDossier.SingleAsync(a => a.Id == id));
        Assert.Equal((StatutAvertissement.Leve, "NIR demandé à la CAF", Navigateur.Email("agent@49")), (leve.Statut, leve.Commentaire, leve.LevePar));
        Assert.NotNull(leve.LeveLe);
        var cle = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await app.DansDepartementAsync("49", db => db.Audit.AnyAsync(e => e.Objet == nameof(AvertissementDossier) && e.ObjetId == cle)));
        Assert.Null((await navigateur.PageAsync($"/dossiers/{dossier}")).QuerySelector("#avertissements"));
    }

    [Fact]
    public async Task Levee_sans_commentaire_est_refusee_et_ne_change_rien()
    {
        var (_, id) = await DossierAvecAvertissementAsync();
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");

        var reponse = await navigateur.Client.PostAsJsonAsync(Levee, new SaisieLevee([id], " "));

        Assert.Equal(HttpStatusCode.BadRequest, reponse.StatusCode);
        Assert.Contains("commentaire", await reponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(StatutAvertissement.Ouvert, await StatutAsync(id));
    }

    [Fact]
    public async Task Api_liste_les_avertissements_du_perimetre_et_leve_tout_ou_rien()
    {
        var (_, id) = await DossierAvecAvertissementAsync();
        var (_, autre) = await DossierAvecAvertissementAsync();
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");

        var page = await navigateur.Client.GetFromJsonAsync<JsonElement>("/api/v1/dossiers/avertissements?nature=NirInvalide&taille=100");
        var ids = page.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("id").GetInt32()).ToList();
        Assert.Contains(id, ids);
        Assert.Equal("NIR non retenu", page.GetProperty("elements").EnumerateArray().First(e => e.GetProperty("id").GetInt32() == id).GetProperty("natureLibelle").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.Client.PostAsJsonAsync(Levee, new SaisieLevee([id, int.MaxValue], "vérifié"))).StatusCode);
        Assert.Equal(StatutAvertissement.Ouvert, await StatutAsync(id));
        var reponse = await navigateur.Client.PostAsJsonAsync(Levee, new SaisieLevee([id, autre], "vérifié"));
        Assert.Equal((HttpStatusCode.OK, "2"), (reponse.StatusCode, await reponse.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Agent_d_un_territoire_ne_voit_ni_ne_leve_les_avertissements_d_un_autre_territoire()
    {
        var (_, angers) = await DossierAvecAvertissementAsync("49007");
        var (_, saumur) = await DossierAvecAvertissementAsync("49328");
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent-territoire@49");

        var ids = await IdsVisiblesAsync(navigateur);
        Assert.Contains(angers, ids);
        Assert.DoesNotContain(saumur, ids);
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.Client.PostAsJsonAsync(Levee, new SaisieLevee([saumur], "hors périmètre"))).StatusCode);
        Assert.Equal(StatutAvertissement.Ouvert, await StatutAsync(saumur));
    }

    [Fact]
    public async Task Referent_ne_voit_ni_ne_leve_les_avertissements_d_un_dossier_hors_de_son_portefeuille()
    {
        var (_, id) = await DossierAvecAvertissementAsync();
        using var navigateur = await Navigateur.ConnecteAsync(app, "referent@49");

        Assert.DoesNotContain(id, await IdsVisiblesAsync(navigateur));
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.Client.PostAsJsonAsync(Levee, new SaisieLevee([id], "pas le mien"))).StatusCode);
        var page = await navigateur.SoumettreAsync("/dossiers/avertissements", [new("Selection", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Commentaire", "pas le mien")],
            "/dossiers/avertissements?handler=Lever");
        Assert.Contains("Rien n'a été levé", (await Navigateur.DocumentAsync(page)).QuerySelector("#erreur-levee")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(StatutAvertissement.Ouvert, await StatutAsync(id));
    }

    [Fact]
    public async Task Agent_d_un_autre_departement_ne_voit_ni_ne_leve_les_avertissements()
    {
        var (_, id) = await DossierAvecAvertissementAsync();
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@37");

        Assert.DoesNotContain(id, await IdsVisiblesAsync(navigateur));
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.Client.PostAsJsonAsync(Levee, new SaisieLevee([id], "autre département"))).StatusCode);
        Assert.Equal(StatutAvertissement.Ouvert, await StatutAsync(id));
    }

    [Theory]
    [InlineData("operateur@49")]
    [InlineData("pilote@49")]
    [InlineData("lecteur@49")]
    public async Task Roles_sans_acces_aux_dossiers_sont_refuses_sur_la_page_et_l_api(string login)
    {
        var (_, id) = await DossierAvecAvertissementAsync();
        using var navigateur = await Navigateur.ConnecteAsync(app, login);

        Administration.Refus.Refuse(await navigateur.GetAsync("/dossiers/avertissements"), $"{login} GET /dossiers/avertissements");
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync("/api/v1/dossiers/avertissements")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.Client.PostAsJsonAsync(Levee, new SaisieLevee([id], "refusé"))).StatusCode);
        Assert.Null((await navigateur.PageAsync("/")).QuerySelector("a[href='/dossiers/avertissements']"));
        Assert.Equal(StatutAvertissement.Ouvert, await StatutAsync(id));
    }

    [Fact]
    public async Task Anonyme_est_refuse_sur_l_api()
    {
        using var navigateur = Navigateur.Anonyme(app);
        Assert.Equal(HttpStatusCode.Unauthorized, (await navigateur.GetAsync("/api/v1/dossiers/avertissements")).StatusCode);
    }

    private static async Task<List<int>> IdsVisiblesAsync(Navigateur navigateur)
    {
        var page = await navigateur.Client.GetFromJsonAsync<JsonElement>("/api/v1/dossiers/avertissements?taille=100");
        return page.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("id").GetInt32()).ToList();
    }

    private Task<StatutAvertissement> StatutAsync(int id) =>
        app.DansDepartementAsync("49", db => db.AvertissementsDossier.Where(a => a.Id == id).Select(a => a.Statut).SingleAsync());
}
