using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Audit;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;
using static Passerelle.Tests.Features.Portefeuille.DonneesPortefeuille;

namespace Passerelle.Tests.Features.Portefeuille;

public sealed class PortefeuilleTests(Application app) : IClassFixture<Application>
{
    private static DateOnly Aujourdhui => HeureDeTest.Aujourdhui;

    private static List<string> Noms(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#portefeuille tbody th").Select(th => th.TextContent.Trim()).ToList();

    [Fact]
    public async Task Portefeuille_ne_montre_que_les_designations_ouvertes_du_referent()
    {
        var ccas = (await CompteAsync(app, "referent@49")).StructureId;
        var (moi, collegue) = (await NouveauReferentAsync(app, ccas), await NouveauReferentAsync(app, ccas));
        var mienne = await SuivieAsync(app, moi, Aujourdhui.AddDays(20));
        var sienne = await SuivieAsync(app, collegue, Aujourdhui.AddDays(20));
        var close = await PersonneAsync(app, p => p.Etape = EtapeParcours.SansReferent);
        await DesignerAsync(app, close.ParcoursId, close.PersonneId, moi, TypeOrientation.Sociale, new DateOnly(2025, 2, 1), fin: new DateOnly(2025, 3, 1));

        using var navigateur = await Navigateur.ConnecteAsync(app, moi.Login);
        var page = await navigateur.PageAsync("/portefeuille");
        Assert.Equal([$"{mienne.Nom} Personne"], Noms(page));
        Assert.Equal($"/personnes/{mienne.PersonneId}", page.QuerySelector("#portefeuille tbody th a")?.GetAttribute("href"));
        using var autre = await Navigateur.ConnecteAsync(app, collegue.Login);
        Assert.Equal([$"{sienne.Nom} Personne"], Noms(await autre.PageAsync("/portefeuille")));
        using var voisin = await Navigateur.ConnecteAsync(app, "referent@37");
        var texte = await (await voisin.GetAsync("/portefeuille")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(mienne.Nom, texte, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retard_est_ecrit_en_jours_et_les_filtres_gardent_les_echeances_voulues()
    {
        var moi = await NouveauReferentAsync(app, (await CompteAsync(app, "referent@49")).StructureId);
        var enRetard = await SuivieAsync(app, moi, Aujourdhui.AddDays(-3));
        var proche = await SuivieAsync(app, moi, Aujourdhui.AddDays(2));
        var sansEcheance = await SuivieAsync(app, moi, null);
        await SuivieAsync(app, moi, Aujourdhui.AddDays(30), type: TypeOrientation.Professionnelle);
        using var navigateur = await Navigateur.ConnecteAsync(app, moi.Login);

        var page = await navigateur.PageAsync("/portefeuille");
        var noms = Noms(page);
        Assert.Equal(4, noms.Count);
        Assert.StartsWith(enRetard.Nom, noms[0], StringComparison.Ordinal);
        Assert.StartsWith(proche.Nom, noms[1], StringComparison.Ordinal);
        Assert.StartsWith(sansEcheance.Nom, noms[3], StringComparison.Ordinal);
        var ligne = page.QuerySelector($"tr[data-personne='{enRetard.PersonneId}']")!;
        Assert.Equal("En retard de 3 jours", ligne.QuerySelector(".retard")?.TextContent);
        Assert.Contains("Contrat", ligne.QuerySelector(".echeance")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"tr[data-personne='{proche.PersonneId}'] .retard"));
        Assert.Contains("Aucun contrat", ligne.TextContent, StringComparison.Ordinal);

        Assert.Equal([$"{enRetard.Nom} Personne"], Noms(await navigateur.PageAsync("/portefeuille?retard=true")));
        Assert.Equal([$"{proche.Nom} Personne"], Noms(await navigateur.PageAsync("/portefeuille?semaine=true")));
        Assert.Single(Noms(await navigateur.PageAsync("/portefeuille?type=Professionnelle")));
        Assert.Equal(HttpStatusCode.BadRequest, (await navigateur.GetAsync("/portefeuille?type=Inconnue")).StatusCode);
    }

    [Fact]
    public async Task Dernier_contact_et_prochain_rendez_vous_viennent_des_rendez_vous()
    {
        var moi = await NouveauReferentAsync(app, (await CompteAsync(app, "referent@49")).StructureId);
        var suivie = await SuivieAsync(app, moi, Aujourdhui.AddDays(10));
        var maintenant = DateTime.UtcNow;
        await RendezVousAsync(app, suivie.PersonneId, maintenant.AddDays(-40), StatutRendezVous.Honore);
        await RendezVousAsync(app, suivie.PersonneId, maintenant.AddDays(-5), StatutRendezVous.Honore);
        await RendezVousAsync(app, suivie.PersonneId, maintenant.AddDays(-2), StatutRendezVous.Absent);
        await RendezVousAsync(app, suivie.PersonneId, maintenant.AddDays(9), StatutRendezVous.Planifie);
        await RendezVousAsync(app, suivie.PersonneId, maintenant.AddDays(3), StatutRendezVous.Planifie);
        using var navigateur = await Navigateur.ConnecteAsync(app, moi.Login);
        var cellules = (await navigateur.PageAsync("/portefeuille")).QuerySelectorAll($"tr[data-personne='{suivie.PersonneId}'] td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(HeureDeTest.Paris(maintenant.AddDays(-5)).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), cellules[3]);
        Assert.StartsWith(HeureDeTest.Paris(maintenant.AddDays(3)).ToString("dd/MM/yyyy à HH:mm", System.Globalization.CultureInfo.InvariantCulture), cellules[5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pagination_et_tri_par_nom_ou_par_designation()
    {
        var moi = await NouveauReferentAsync(app, (await CompteAsync(app, "referent@49")).StructureId);
        var prefixe = NomUnique("PAGE");
        for (var i = 0; i < 22; i++)
            await SuivieAsync(app, moi, Aujourdhui.AddDays(5), debut: new DateOnly(2025, 3, 1).AddDays(i), nom: $"{prefixe}{(char)('A' + i)}");
        using var navigateur = await Navigateur.ConnecteAsync(app, moi.Login);
        var premiere = Noms(await navigateur.PageAsync("/portefeuille?tri=nom"));
        Assert.Equal(20, premiere.Count);
        Assert.Equal($"{prefixe}A Personne", premiere[0]);
        Assert.Equal([$"{prefixe}U Personne", $"{prefixe}V Personne"], Noms(await navigateur.PageAsync("/portefeuille?tri=nom&numero=2")));
        Assert.Equal($"{prefixe}V Personne", Noms(await navigateur.PageAsync("/portefeuille?tri=nom&sens=desc"))[0]);
        Assert.Equal($"{prefixe}V Personne", Noms(await navigateur.PageAsync("/portefeuille?tri=debut&sens=desc"))[0]);
        Assert.Equal($"{prefixe}A Personne", Noms(await navigateur.PageAsync("/portefeuille?tri=debut"))[0]);
    }

    [Fact]
    public async Task Export_csv_contient_tout_le_portefeuille_et_est_journalise()
    {
        var moi = await NouveauReferentAsync(app, (await CompteAsync(app, "referent@49")).StructureId);
        var enRetard = await SuivieAsync(app, moi, Aujourdhui.AddDays(-2));
        await SuivieAsync(app, moi, Aujourdhui.AddDays(4));
        using var navigateur = await Navigateur.ConnecteAsync(app, moi.Login);
        var reponse = await navigateur.GetAsync("/portefeuille?format=csv&retard=true");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal("text/csv", reponse.Content.Headers.ContentType?.MediaType);
        var lignes = Encoding.UTF8.GetString(await reponse.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Nom;Prénoms;Orientation;Désigné le;Prochaine échéance;Échéance;Jours de retard;Dernier contact;Contrat;Prochain rendez-vous", lignes[0]);
        Assert.StartsWith($"{enRetard.Nom};PERSONNE;Sociale;03/02/2025;", Assert.Single(lignes[1..]), StringComparison.Ordinal);
        Assert.Contains(";Contrat;2;", lignes[1], StringComparison.Ordinal);
        var audit = await app.DansDepartementAsync("49", db => db.Audit.Where(a => a.Action == AuditActions.Export && a.Objet == "Portefeuille" && a.ObjetId == moi.Id).ToListAsync());
        Assert.Contains("(csv) : en retard", Assert.Single(audit).Details, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await navigateur.GetAsync("/portefeuille?format=xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await navigateur.GetAsync("/portefeuille?format=pdf")).StatusCode);
    }

    [Theory]
    [InlineData("agent@49")]
    [InlineData("responsable@49")]
    [InlineData("admin@49")]
    [InlineData("operateur@49")]
    [InlineData("pilote@49")]
    [InlineData("lecteur@49")]
    [InlineData("beneficiaire@49")]
    public async Task Portefeuille_est_refuse_aux_autres_roles(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Refus.Refuse(await navigateur.GetAsync("/portefeuille"), $"{login} GET /portefeuille");
        Refus.Refuse(await navigateur.GetAsync("/portefeuille?format=csv"), $"{login} export");
    }

    [Fact]
    public async Task Sans_session_le_portefeuille_renvoie_a_la_connexion()
    {
        using var navigateur = Navigateur.Anonyme(app);
        Refus.VersConnexion(await navigateur.GetAsync("/portefeuille"), "portefeuille");
    }
}
