using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Pilotage.Catalogue;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Comites.ComitesDeTest;

namespace Passerelle.Tests.Features.Pilotage.Catalogue;

/// <summary>
/// The catalogue through the API: a programme of the test's own imported with a « catalogue » per indicator, a manual entry,
/// the comités' indicators of its fiche on meetings with known attendance, the coverage, and the refusals by role and scope.
/// </summary>
public sealed class PilotageCatalogueTests(Application app) : IClassFixture<Application>
{
    private static string Fichier(string code, string catalogueReunions) => $$"""
        { "format": "passerelle-programme/1", "code": "{{code}}", "departement": "49", "type": "PDI", "titre": "Programme {{code}}",
          "debut": "2025-01-01", "fin": "2027-12-31", "source": "test",
          "elements": [ { "niveau": "fiche", "code": "F1", "titre": "Fiche une", "fiche": { "pilote": "Département",
            "indicateurs": [
              { "libelle": "Réunions", "unite": "nombre", "catalogue": "{{catalogueReunions}}" },
              { "libelle": "Participation", "unite": "pourcentage", "catalogue": "COM-TAUX-PARTICIPATION" },
              { "libelle": "Temps de rencontres", "unite": "nombre" },
              { "libelle": "Bilan", "unite": "texte" } ] } } ] }
        """;

    private async Task<(bool Reussi, string Erreurs, int Fiche)> ImporterAsync(string code, string catalogueReunions = "COM-REUNIONS-TENUES") =>
        await app.DansDepartementAsync("49", async (db, s) =>
        {
            await using var flux = new MemoryStream(Encoding.UTF8.GetBytes(Fichier(code, catalogueReunions)));
            var r = await s.GetRequiredService<ImportProgrammes>().ImporterAsync(flux, code + ".json", "test", CancellationToken.None);
            var fiche = r.Reussi ? await db.Set<ElementProgramme>().Where(e => e.ProgrammeId == r.ProgrammeId && e.Code == "F1").Select(e => e.Id).SingleAsync() : 0;
            return (r.Reussi, string.Join(" | ", r.Erreurs), fiche);
        });

    private Task<List<IndicateurFiche>> IndicateursAsync(int fiche) =>
        app.DansDepartementAsync("49", db => db.Set<IndicateurFiche>().AsNoTracking().Where(i => i.FicheActionId == fiche).OrderBy(i => i.Ordre).ToListAsync());

    private async Task<HttpClient> CleAsync(params string[] portees) => ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "49", portees)).Texte);

    [Fact]
    public async Task Import_applique_le_catalogue_du_fichier_et_la_saisie_par_defaut()
    {
        var (reussi, erreurs, fiche) = await ImporterAsync(Nom("T"));
        Assert.True(reussi, erreurs);
        var indicateurs = await IndicateursAsync(fiche);
        Assert.Equal([CorrespondanceIndicateur.Calcule, CorrespondanceIndicateur.Calcule, CorrespondanceIndicateur.Saisi, CorrespondanceIndicateur.Saisi],
            indicateurs.Select(i => i.Correspondance));
        Assert.Equal("COM-REUNIONS-TENUES", indicateurs[0].CodeCatalogue);
    }

    [Fact]
    public async Task Import_refuse_un_code_de_catalogue_inconnu_en_le_nommant()
    {
        var (reussi, erreurs, _) = await ImporterAsync(Nom("T"), "COM-INCONNU");
        Assert.False(reussi);
        Assert.Contains("indicateurs[0].catalogue", erreurs, StringComparison.Ordinal);
        Assert.Contains("« COM-INCONNU » n'est pas un indicateur du catalogue", erreurs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reunions_et_participation_des_instances_de_la_fiche_sur_un_jeu_connu()
    {
        var (_, _, fiche) = await ImporterAsync(Nom("T"));
        using var robot = await RobotAsync(app);
        var comite = await IdAsync(await PosterAsync(robot, "/api/v1/comites", new { nom = Nom("Comité"), type = "Pilotage", ficheActionIds = new[] { fiche }, frequence = "Semestrielle" }));
        var caf = await MembreAsync(robot, comite, "CAF");
        var etat = await MembreAsync(robot, comite, "DDETS", "Etat");
        foreach (var (decalage, statutCaf, statutEtat) in new[] { (-20, "Presente", "Presente"), (-10, "Presente", "Absente") })
        {
            var reunion = await ReunionAsync(robot, comite, decalage);
            await IdAsync(await PutAsync(robot, $"/api/v1/comites/reunions/{reunion}/presences", new
            {
                version = await VersionAsync(robot, reunion),
                presences = new object[] { new { membreComiteId = caf, statut = statutCaf }, new { membreComiteId = etat, statut = statutEtat } },
            }));
        }
        await ReunionAsync(robot, comite, 5);
        using var cle = await CleAsync(PorteesApi.PilotageLecture);
        var periode = $"du={Jour(-30)}&au={Jour(10)}&fiche={fiche}";
        var reunions = await LireAsync(cle, $"/api/v1/pilotage/indicateurs/COM-REUNIONS-TENUES?{periode}");
        Assert.Equal(2, reunions.GetProperty("valeur").GetProperty("valeur").GetDecimal());
        var taux = await LireAsync(cle, $"/api/v1/pilotage/indicateurs/COM-TAUX-PARTICIPATION?{periode}&ventilation=Institution");
        Assert.Equal(75m, taux.GetProperty("valeur").GetProperty("valeur").GetDecimal());
        var lignes = taux.GetProperty("valeur").GetProperty("lignes").EnumerateArray().ToDictionary(l => l.GetProperty("libelle").GetString()!, l => l.GetProperty("valeur").GetDecimal());
        Assert.Equal(new Dictionary<string, decimal> { ["CAF"] = 100m, ["DDETS"] = 50m }, lignes);
    }

    [Fact]
    public async Task Saisie_manuelle_enregistree_corrigee_et_refusee_sur_les_mauvaises_valeurs()
    {
        var (_, _, fiche) = await ImporterAsync(Nom("T"));
        var indicateurs = await IndicateursAsync(fiche);
        using var cle = await CleAsync(PorteesApi.PilotageLecture, PorteesApi.PilotageEcriture);
        object Saisie(int id, string valeur, int annee = 2025) => new { indicateurId = id, saisie = new { periode = "Annee", annee, valeur, commentaire = "Bilan annuel" } };
        Assert.Equal(HttpStatusCode.Created, (await PosterAsync(cle, "/api/v1/pilotage/saisies", Saisie(indicateurs[2].Id, "4"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PosterAsync(cle, "/api/v1/pilotage/saisies", Saisie(indicateurs[2].Id, "6"))).StatusCode);
        var saisies = await LireAsync(cle, $"/api/v1/pilotage/saisies?indicateur={indicateurs[2].Id}");
        Assert.Equal(1, saisies.GetArrayLength());
        Assert.Equal(6m, saisies[0].GetProperty("valeur").GetDecimal());
        Assert.NotEqual(JsonValueKind.Null, saisies[0].GetProperty("corrigeeLe").ValueKind);
        Assert.Contains("saisissez un nombre", await RefusApiAsync(await PosterAsync(cle, "/api/v1/pilotage/saisies", Saisie(indicateurs[2].Id, "quatre")), "Valeur"));
        Assert.Contains("négative", await RefusApiAsync(await PosterAsync(cle, "/api/v1/pilotage/saisies", Saisie(indicateurs[2].Id, "-2")), "Valeur"));
        Assert.Contains("saisie manuelle", await RefusApiAsync(await PosterAsync(cle, "/api/v1/pilotage/saisies", Saisie(indicateurs[0].Id, "3")), null));
        Assert.Equal(HttpStatusCode.NotFound, (await PosterAsync(cle, "/api/v1/pilotage/saisies", Saisie(int.MaxValue, "3"))).StatusCode);

        var programme = await ProgrammeAsync(fiche);
        var couverture = (await LireAsync(cle, "/api/v1/pilotage/couverture")).EnumerateArray().Single(p => p.GetProperty("id").GetInt32() == programme);
        Assert.Equal((4, 2, 1, 1, 0), (couverture.GetProperty("total").GetInt32(), couverture.GetProperty("calcules").GetInt32(), couverture.GetProperty("saisis").GetInt32(),
            couverture.GetProperty("aSaisir").GetInt32(), couverture.GetProperty("nonEtablis").GetInt32()));
    }

    [Fact]
    public async Task Programmes_de_demo_sont_tous_mis_en_correspondance()
    {
        using var cle = await CleAsync(PorteesApi.PilotageLecture);
        var couverture = await LireAsync(cle, "/api/v1/pilotage/couverture");
        var sp = couverture.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "SP-49-2019-2021");
        Assert.Equal((2, 2, 0), (sp.GetProperty("total").GetInt32(), sp.GetProperty("calcules").GetInt32(), sp.GetProperty("nonEtablis").GetInt32()));
    }

    [Fact]
    public async Task Periode_inversee_ou_trop_longue_et_code_inconnu_sont_refuses()
    {
        using var cle = await CleAsync(PorteesApi.PilotageLecture);
        Assert.Contains("précède", await RefusApiAsync(await cle.GetAsync(new Uri("/api/v1/pilotage/indicateurs/ORI-ORIENTES?du=2025-06-01&au=2025-01-01", UriKind.Relative)), "au"));
        Assert.Contains("10 ans", await RefusApiAsync(await cle.GetAsync(new Uri("/api/v1/pilotage/indicateurs/ORI-ORIENTES?du=2010-01-01&au=2025-01-01", UriKind.Relative)), "au"));
        Assert.Equal(HttpStatusCode.NotFound, (await cle.GetAsync(new Uri("/api/v1/pilotage/indicateurs/XXX", UriKind.Relative))).StatusCode);
        var valeur = await LireAsync(cle, "/api/v1/pilotage/indicateurs/ORI-ORIENTES?du=2025-01-01&au=2025-03-31&ventilation=TypeOrientation");
        Assert.Equal("2024-10-01", valeur.GetProperty("periodePrecedente").GetProperty("du").GetString());
    }

    [Theory]
    [InlineData("referent@49")]
    [InlineData("operateur@49")]
    [InlineData("responsable@49")]
    public async Task Roles_hors_pilotage_sont_refuses(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        foreach (var url in new[] { "/api/v1/pilotage/catalogue", "/api/v1/pilotage/couverture", "/api/v1/pilotage/saisies", "/api/v1/pilotage/indicateurs/ORI-ORIENTES" })
            Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Lecteur_lit_mais_n_ecrit_pas_et_une_cle_sans_portee_est_refusee()
    {
        using var lecteur = await Navigateur.ConnecteAsync(app, "lecteur@49");
        Assert.Equal(HttpStatusCode.OK, (await lecteur.GetAsync("/api/v1/pilotage/catalogue")).StatusCode);
        lecteur.Client.DefaultRequestHeaders.Add("X-Requested-With", "XMLHttpRequest");
        Assert.Equal(HttpStatusCode.Forbidden, (await PosterAsync(lecteur.Client, "/api/v1/pilotage/saisies", new { indicateurId = 1 })).StatusCode);
        using var cle = await CleAsync(PorteesApi.ComitesLecture);
        Assert.Equal(HttpStatusCode.Forbidden, (await cle.GetAsync(new Uri("/api/v1/pilotage/catalogue", UriKind.Relative))).StatusCode);
        using var lectureSeule = await CleAsync(PorteesApi.PilotageLecture);
        Assert.Equal(HttpStatusCode.Forbidden, (await PosterAsync(lectureSeule, "/api/v1/pilotage/saisies", new { indicateurId = 1 })).StatusCode);
    }

    private Task<int> ProgrammeAsync(int fiche) => app.DansDepartementAsync("49", db => db.Set<ElementProgramme>().Where(e => e.Id == fiche).Select(e => e.ProgrammeId).SingleAsync());

    private static async Task<string> RefusApiAsync(HttpResponseMessage reponse, string? champ)
    {
        var texte = await reponse.Content.ReadAsStringAsync();
        Assert.True(reponse.StatusCode == HttpStatusCode.UnprocessableEntity, $"{reponse.StatusCode} : {texte}");
        var racine = JsonDocument.Parse(texte).RootElement;
        if (champ is null) return racine.GetProperty("detail").GetString()!;
        Assert.True(racine.GetProperty("errors").TryGetProperty(champ, out var m), texte);
        return m[0].GetString()!;
    }
}
