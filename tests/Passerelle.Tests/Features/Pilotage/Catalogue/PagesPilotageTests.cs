using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Programmes;
using static Passerelle.Tests.Features.Comites.ComitesDeTest;

namespace Passerelle.Tests.Features.Pilotage.Catalogue;

/// <summary>The pilot's pages: coverage and its drill, an indicator's values, a fiche indicator's mapping, target and manual entry; others refused.</summary>
public sealed class PagesPilotageTests(Application app) : IClassFixture<Application>
{
    private async Task<(int Programme, int Saisi, int Calcule)> ProgrammeAsync()
    {
        var code = Nom("P");
        var json = $$"""
            { "format": "passerelle-programme/1", "code": "{{code}}", "departement": "49", "type": "PDI", "titre": "Programme {{code}}", "debut": "2025-01-01", "fin": "2027-12-31", "source": "test",
              "elements": [ { "niveau": "fiche", "code": "9", "titre": "Réseau d'entreprises", "fiche": { "pilote": "Département", "indicateurs": [
                { "libelle": "nombre de temps de rencontres", "unite": "nombre" },
                { "libelle": "reçus dans le délai", "unite": "nombre", "catalogue": "ORI-RECUS-DELAI" } ] } } ] }
            """;
        return await app.DansDepartementAsync("49", async (db, s) =>
        {
            await using var flux = new MemoryStream(Encoding.UTF8.GetBytes(json));
            var r = await s.GetRequiredService<ImportProgrammes>().ImporterAsync(flux, "p.json", "test", CancellationToken.None);
            Assert.True(r.Reussi, string.Join(" | ", r.Erreurs));
            var ids = await db.Set<IndicateurFiche>().Where(i => db.Set<ElementProgramme>().Any(e => e.Id == i.FicheActionId && e.ProgrammeId == r.ProgrammeId))
                .OrderBy(i => i.Ordre).Select(i => i.Id).ToListAsync();
            return (r.ProgrammeId!.Value, ids[0], ids[1]);
        });
    }

    [Fact]
    public async Task Pilote_voit_la_couverture_saisit_une_valeur_et_fixe_une_cible()
    {
        var (programme, saisi, calcule) = await ProgrammeAsync();
        using var pilote = await Navigateur.ConnecteAsync(app, "pilote@49");
        var couverture = await pilote.PageAsync($"/pilotage/couverture?programme={programme}");
        Assert.Equal("1", couverture.QuerySelector($"tr[data-programme='{programme}'] .a-saisir")!.TextContent);
        Assert.Equal("saisie manuelle", couverture.QuerySelector($"tr[data-indicateur='{saisi}'] .correspondance")!.TextContent);

        var refus = await pilote.SoumettreAsync($"/pilotage/indicateurs-fiche/{saisi}", [new("Saisie.Periode", "Annee"), new("Saisie.Annee", "2025"), new("Saisie.Valeur", "-3")],
            $"/pilotage/indicateurs-fiche/{saisi}?handler=Saisie");
        Assert.Contains("négative", (await Navigateur.DocumentAsync(refus)).QuerySelector(".fr-error-text")!.TextContent, StringComparison.Ordinal);
        var ok = await pilote.SoumettreAsync($"/pilotage/indicateurs-fiche/{saisi}", [new("Saisie.Periode", "Annee"), new("Saisie.Annee", "2025"), new("Saisie.Valeur", "7")],
            $"/pilotage/indicateurs-fiche/{saisi}?handler=Saisie");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal("7", (await pilote.PageAsync($"/pilotage/indicateurs-fiche/{saisi}")).QuerySelector("#saisies .valeur")!.TextContent);
        Assert.Equal("1", (await pilote.PageAsync("/pilotage/couverture")).QuerySelector($"tr[data-programme='{programme}'] .saisis")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await pilote.SoumettreAsync($"/pilotage/indicateurs-fiche/{calcule}", [new("Cible.Annee", "2011"), new("Cible.Valeur", "40")],
            $"/pilotage/indicateurs-fiche/{calcule}?handler=Cible")).StatusCode);
        var valeurs = await pilote.PageAsync("/pilotage/indicateurs/ORI-RECUS-DELAI?du=2011-01-01&au=2011-12-31");
        Assert.Contains(valeurs.QuerySelectorAll("#valeur tr.cible td"), td => td.TextContent == "40");
        Assert.NotNull(valeurs.QuerySelector("table[data-ventilation='TypeOrientation']"));

        var inconnu = await pilote.SoumettreAsync($"/pilotage/indicateurs-fiche/{calcule}", [new("Correspondance.Code", "ORI-INCONNU")], $"/pilotage/indicateurs-fiche/{calcule}?handler=Correspondance");
        Assert.Contains("n'est pas un indicateur du catalogue", (await Navigateur.DocumentAsync(inconnu)).QuerySelector(".fr-error-text")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Periode_inversee_refusee_sur_le_champ()
    {
        using var pilote = await Navigateur.ConnecteAsync(app, "pilote@49");
        var page = await pilote.PageAsync("/pilotage/indicateurs/ORI-ORIENTES?du=2025-06-01&au=2025-01-01");
        Assert.Contains("précède", page.QuerySelector("#au-erreur")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lecteur_lit_sans_formulaire_et_referent_est_refuse()
    {
        var (_, saisi, _) = await ProgrammeAsync();
        using var lecteur = await Navigateur.ConnecteAsync(app, "lecteur@49");
        Assert.Null((await lecteur.PageAsync($"/pilotage/indicateurs-fiche/{saisi}")).QuerySelector("#form-saisie"));
        Assert.NotNull((await lecteur.PageAsync("/pilotage/indicateurs")).QuerySelector("#catalogue"));
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        foreach (var page in new[] { "/pilotage/couverture", "/pilotage/indicateurs", "/pilotage/indicateurs/ORI-ORIENTES", $"/pilotage/indicateurs-fiche/{saisi}" })
            Refus.Refuse(await referent.GetAsync(page), page);
    }
}
