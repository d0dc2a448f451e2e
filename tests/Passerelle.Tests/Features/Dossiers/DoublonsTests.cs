using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Dossiers.Doublons;
using static Passerelle.Tests.Features.Imports.ImportsDeTest;

namespace Passerelle.Tests.Features.Dossiers;

public sealed class DoublonsTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Doublon_probable_se_fusionne_en_gardant_dossiers_et_historique()
    {
        var naissance = new DateOnly(1979, 4, 17);
        var (premier, second) = (NouveauNumero(), NouveauNumero());
        await ImporterAsync(app, Flux(new DateOnly(2026, 1, 31), Foyer(premier, "5", Personne("FUSIONNEE", "CAROLE", naissance))));
        await ImporterAsync(app, Flux(new DateOnly(2026, 2, 28), Foyer(second, "2", Personne("FUSIONEE", "CAROLE", naissance))));
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");

        var page = await agent.PageAsync("/dossiers/doublons");
        var ligne = page.QuerySelectorAll("#doublons tbody tr").Single(tr => tr.TextContent.Contains("FUSIONNEE", StringComparison.Ordinal));
        Assert.Contains("1 lettre(s) près", ligne.TextContent, StringComparison.Ordinal);
        var champs = ligne.QuerySelector("form")!.QuerySelectorAll("input[name^=Saisie]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
        var reponse = await agent.SoumettreAsync("/dossiers/doublons", champs);

        Assert.True("/dossiers/doublons" == reponse.Headers.Location?.OriginalString, $"{reponse.StatusCode} {await reponse.Content.ReadAsStringAsync()}");
        var (gardee, absorbee) = (int.Parse(champs["Saisie.GardeeId"], System.Globalization.CultureInfo.InvariantCulture), int.Parse(champs["Saisie.AbsorbeeId"], System.Globalization.CultureInfo.InvariantCulture));
        await app.DansDepartementAsync("49", async db =>
        {
            Assert.Equal(gardee, (await db.Personnes.SingleAsync(p => p.Id == absorbee)).FusionneeDansId);
            Assert.Equal(2, await db.MembresFoyer.CountAsync(m => m.PersonneId == gardee));
            Assert.Equal(2, await db.HistoriqueDroits.CountAsync(h => h.PersonneId == gardee));
            Assert.Equal(second, (await db.Personnes.Include(p => p.DossierCourant).SingleAsync(p => p.Id == gardee)).DossierCourant!.NumDemRsa);
            Assert.True(await db.Audit.AnyAsync(a => a.Objet == "Personne" && a.ObjetId == gardee.ToString() && a.Details!.Contains("Fusion")));
        });
        var encore = await agent.SoumettreAsync("/dossiers/doublons", champs);
        Assert.Contains("déjà été fusionnée", (await agent.PageAsync(encore.Headers.Location!.OriginalString)).Body?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void NIR_differents_ne_sont_jamais_des_doublons()
    {
        var date = new DateOnly(1980, 1, 1);
        PersonneDoublon P(int id, string? nir) => new(id, 0, "MARTIN", "JULIE", "MARTIN", date, nir, null, "MARTIN JULIE");
        Assert.Null(RechercheDoublons.Raison(P(1, "2800149007123"), P(2, "2800149007999")));
        Assert.NotNull(RechercheDoublons.Raison(P(1, "2800149007123"), P(2, null)));
        Assert.Equal(3, RechercheDoublons.Distance("DUPONT JEAN", "DUPUIS JEAN"));
    }

    [Theory]
    [InlineData("agent-territoire@49")]
    [InlineData("referent@49")]
    [InlineData("operateur@49")]
    public async Task Doublons_refuses_hors_agent_du_departement(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Refus.Refuse(await navigateur.GetAsync("/dossiers/doublons"), login);
    }
}
