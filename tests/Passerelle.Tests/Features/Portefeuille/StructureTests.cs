using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Platform.Audit;
using static Passerelle.Tests.Features.Portefeuille.DonneesPortefeuille;

namespace Passerelle.Tests.Features.Portefeuille;

public sealed class StructureTests(Application app) : IClassFixture<Application>
{
    private static DateOnly Aujourdhui => HeureDeTest.Aujourdhui;

    private Task<int> AutreStructureAsync(int structure) =>
        app.DansDepartementAsync("49", db => db.Structures.Where(s => s.Id != structure).Select(s => s.Id).FirstAsync());

    [Fact]
    public async Task Responsable_voit_la_charge_de_ses_referents_et_ouvre_leur_portefeuille()
    {
        var ccas = (await CompteAsync(app, "responsable@49")).StructureId;
        var referent = await NouveauReferentAsync(app, ccas);
        var enRetard = await SuivieAsync(app, referent, Aujourdhui.AddDays(-1));
        await SuivieAsync(app, referent, Aujourdhui.AddDays(8));
        var ailleurs = await NouveauReferentAsync(app, await AutreStructureAsync(ccas));
        var autre = await SuivieAsync(app, ailleurs, Aujourdhui.AddDays(-1));

        using var navigateur = await Navigateur.ConnecteAsync(app, "responsable@49");
        var page = await navigateur.PageAsync("/structure");
        var ligne = page.QuerySelector($"#referents tr[data-referent='{referent.Id}']")!;
        Assert.Equal("2", ligne.QuerySelector(".personnes")?.TextContent);
        Assert.Equal("1", ligne.QuerySelector(".retards")?.TextContent);
        Assert.Null(page.QuerySelector($"#referents tr[data-referent='{ailleurs.Id}']"));

        var detail = await navigateur.PageAsync($"/structure/referents/{referent.Id}");
        var noms = detail.QuerySelectorAll("#portefeuille tbody th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(2, noms.Count);
        Assert.StartsWith(enRetard.Nom, noms[0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync($"/structure/referents/{ailleurs.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync($"/structure/referents/{ailleurs.Id}?format=csv")).StatusCode);
        Assert.DoesNotContain(autre.Nom, await (await navigateur.GetAsync($"/structure/referents/{referent.Id}?format=csv")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == AuditActions.Export && a.Objet == "Portefeuille" && a.ObjetId == referent.Id)));
    }

    [Fact]
    public async Task Responsable_voit_les_personnes_orientees_sans_referent_de_sa_seule_structure()
    {
        var ccas = (await CompteAsync(app, "responsable@49")).StructureId;
        var autreStructure = await AutreStructureAsync(ccas);
        void SansReferent(Parcours p, int structure) =>
            (p.Etape, p.TypeOrientation, p.StructureId, p.DateOrientation) = (EtapeParcours.SansReferent, TypeOrientation.Sociale, structure, new DateOnly(2025, 2, 1));
        var attendue = await PersonneAsync(app, p => SansReferent(p, ccas));
        var ailleurs = await PersonneAsync(app, p => SansReferent(p, autreStructure));
        var proposee = await PersonneAsync(app, p => { SansReferent(p, ccas); p.Etape = EtapeParcours.OrientationProposee; });

        using var navigateur = await Navigateur.ConnecteAsync(app, "responsable@49");
        var texte = (await navigateur.PageAsync("/structure")).QuerySelector("#sans-referent")?.TextContent ?? "";
        Assert.Contains(attendue.Nom, texte, StringComparison.Ordinal);
        Assert.DoesNotContain(ailleurs.Nom, texte, StringComparison.Ordinal);
        Assert.DoesNotContain(proposee.Nom, texte, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync($"/structure?structureId={autreStructure}")).StatusCode);
    }

    [Fact]
    public async Task Responsable_designe_un_referent_de_sa_structure_pour_une_personne_en_attente()
    {
        var ccas = (await CompteAsync(app, "responsable@49")).StructureId;
        await app.DansDepartementAsync("49", async db =>
        {
            if (!await db.Set<OffreAccompagnement>().AnyAsync(o => o.StructureId == ccas && o.TypeOrientation == TypeOrientation.Sociale))
                db.Add(new OffreAccompagnement { StructureId = ccas, TypeOrientation = TypeOrientation.Sociale });
            await db.SaveChangesAsync();
        });
        var referent = await NouveauReferentAsync(app, ccas);
        var attendue = await PersonneAsync(app, p =>
            (p.Etape, p.TypeOrientation, p.StructureId, p.DateOrientation) = (EtapeParcours.SansReferent, TypeOrientation.Sociale, ccas, new DateOnly(2025, 2, 1)));

        using var navigateur = await Navigateur.ConnecteAsync(app, "responsable@49");
        var page = await navigateur.PageAsync("/structure");
        var formulaire = page.QuerySelector($"#sans-referent tr[data-parcours='{attendue.ParcoursId}'] form.designer")!;
        var jeton = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var champs = new Dictionary<string, string>
        {
            ["parcoursId"] = attendue.ParcoursId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["version"] = formulaire.QuerySelector("input[name=version]")!.GetAttribute("value")!,
            ["referentId"] = referent.Id,
        };
        var reponse = await navigateur.PosterAsync(formulaire.GetAttribute("action")!, champs, jeton);
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var apres = await navigateur.PageAsync(reponse.Headers.Location!.OriginalString);
        Assert.Contains("Référent désigné", apres.QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);
        Assert.Null(apres.QuerySelector($"#sans-referent tr[data-parcours='{attendue.ParcoursId}']"));
        using var sien = await Navigateur.ConnecteAsync(app, referent.Login);
        Assert.Contains(attendue.Nom, (await sien.PageAsync("/portefeuille")).QuerySelector("#portefeuille")?.TextContent, StringComparison.Ordinal);

        // The same form posted again (stale version, person no longer waiting) changes nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.PosterAsync(formulaire.GetAttribute("action")!, champs, jeton)).StatusCode);
    }

    [Fact]
    public async Task Responsable_ne_peut_pas_designer_dans_une_autre_structure()
    {
        var ccas = (await CompteAsync(app, "responsable@49")).StructureId;
        var autre = await AutreStructureAsync(ccas);
        var ailleurs = await PersonneAsync(app, p =>
            (p.Etape, p.TypeOrientation, p.StructureId, p.DateOrientation) = (EtapeParcours.SansReferent, TypeOrientation.Sociale, autre, new DateOnly(2025, 2, 1)));
        var referent = await NouveauReferentAsync(app, autre);
        using var navigateur = await Navigateur.ConnecteAsync(app, "responsable@49");
        var jeton = (await navigateur.PageAsync("/structure")).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        var champs = new Dictionary<string, string> { ["parcoursId"] = $"{ailleurs.ParcoursId}", ["version"] = "0", ["referentId"] = referent.Id };
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.PosterAsync($"/structure?handler=Designer&structureId={autre}", champs, jeton)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.PosterAsync($"/structure?handler=Designer&structureId={ccas}", champs, jeton)).StatusCode);
        Assert.Null(await app.DansDepartementAsync("49", db => db.Set<Parcours>().Where(p => p.Id == ailleurs.ParcoursId).Select(p => p.ReferentId).SingleAsync()));
    }

    [Fact]
    public async Task Capacite_compare_les_places_aux_designations_ouvertes()
    {
        var ccas = (await CompteAsync(app, "responsable@49")).StructureId;
        var places = await app.DansDepartementAsync("49", async db =>
        {
            var offre = await db.Set<OffreAccompagnement>().FirstOrDefaultAsync(o => o.StructureId == ccas && o.TypeOrientation == TypeOrientation.SocioProfessionnelle);
            if (offre is null) db.Add(offre = new OffreAccompagnement { StructureId = ccas, TypeOrientation = TypeOrientation.SocioProfessionnelle });
            offre.Places = 1000;
            await db.SaveChangesAsync();
            return offre.Places!.Value;
        });
        var occupees = await app.DansDepartementAsync("49", db => db.Set<DesignationReferent>().CountAsync(d => d.StructureId == ccas && d.DateFin == null && d.TypeOrientation == TypeOrientation.SocioProfessionnelle));
        var referent = await NouveauReferentAsync(app, ccas);
        await SuivieAsync(app, referent, null, type: TypeOrientation.SocioProfessionnelle);

        using var navigateur = await Navigateur.ConnecteAsync(app, "responsable@49");
        var cellules = (await navigateur.PageAsync("/structure")).QuerySelectorAll("#capacites tr[data-type='SocioProfessionnelle'] td").Select(c => c.TextContent).ToList();
        Assert.Equal([$"{places}", $"{occupees + 1}", $"{places - occupees - 1}"], cellules);
    }

    [Theory]
    [InlineData("referent@49")]
    [InlineData("agent@49")]
    [InlineData("admin@49")]
    [InlineData("pilote@49")]
    [InlineData("lecteur@49")]
    [InlineData("operateur@49")]
    public async Task Vue_structure_est_refusee_aux_autres_roles(string login)
    {
        var referent = await CompteAsync(app, "referent@49");
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Refus.Refuse(await navigateur.GetAsync("/structure"), $"{login} GET /structure");
        Refus.Refuse(await navigateur.GetAsync($"/structure/referents/{referent.Id}"), $"{login} GET détail");
    }

    [Fact]
    public async Task Responsable_d_un_autre_departement_recoit_404_sur_un_referent_d_ici()
    {
        var referent = await CompteAsync(app, "referent@49");
        using var navigateur = await Navigateur.ConnecteAsync(app, "responsable@37");
        Assert.Equal(HttpStatusCode.OK, (await navigateur.GetAsync("/structure")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync($"/structure/referents/{referent.Id}")).StatusCode);
        Refus.VersConnexion(await Navigateur.Anonyme(app).GetAsync("/structure"), "anonyme");
    }
}
