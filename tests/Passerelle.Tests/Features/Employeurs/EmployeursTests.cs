using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Features.Structures;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Employeurs;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;

namespace Passerelle.Tests.Features.Employeurs;

/// <summary>Employers: recorded with a checked SIRET, once per département, within the recorder's territoires; read and refused by role and scope.</summary>
public sealed class EmployeursTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Charge_enregistre_un_employeur_apres_un_siret_a_la_cle_fausse_puis_un_doublon_est_refuse_en_le_nommant()
    {
        using var charge = await Navigateur.ConnecteAsync(app, "charge-entreprise@49");
        var siret = SiretsDeTest.Nouveau();
        var mauvais = await Navigateur.DocumentAsync(await charge.SoumettreAsync("/employeurs/edition", Champs(SiretsDeTest.AvecMauvaiseCle(siret), "Menuiserie Test")));
        Assert.Equal("Le SIRET est invalide : sa clé de contrôle ne correspond pas.", mauvais.QuerySelector("#siret-erreur")?.TextContent);
        Assert.Equal("siret-erreur", mauvais.QuerySelector("#siret")?.GetAttribute("aria-describedby"));
        Assert.False(await ExisteAsync(SiretsDeTest.AvecMauvaiseCle(siret)));

        var reponse = await charge.SoumettreAsync("/employeurs/edition", Champs(siret.Insert(3, " "), "Menuiserie Test"));
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var fiche = await charge.PageAsync(reponse.Headers.Location!.OriginalString);
        Assert.Equal(siret, fiche.QuerySelector("#identite-employeur .siret")?.TextContent);
        Assert.Contains("Angers", fiche.QuerySelector("#identite-employeur .commune")?.TextContent, StringComparison.Ordinal);
        var id = await app.DansDepartementAsync("49", db => db.Set<Employeur>().Where(e => e.Siret == siret).Select(e => e.Id).SingleAsync());
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == ServiceEmployeurs.ActionCreation && a.ObjetId == id.ToString())));

        var doublon = await Navigateur.DocumentAsync(await charge.SoumettreAsync("/employeurs/edition", Champs(siret, "Autre nom")));
        Assert.Equal($"Un employeur a déjà le SIRET {siret} : « Menuiserie Test ». Complétez sa fiche plutôt que d'en créer une seconde.",
            doublon.QuerySelector("#siret-erreur")?.TextContent);
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.Set<Employeur>().CountAsync(e => e.Siret == siret)));
    }

    [Fact]
    public async Task Api_refuse_chaque_champ_avec_sa_raison_puis_ajoute_contact_et_echange()
    {
        using var robot = await RobotAsync();
        var refus = await robot.PostAsJsonAsync(new Uri("/api/v1/employeurs", UriKind.Relative),
            new { siret = "1234", raisonSociale = " ", codeNaf = "62-01", commune = "Paris" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refus.StatusCode);
        var erreurs = (await refus.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Le SIRET doit comporter exactement 14 chiffres.", erreurs.GetProperty("Siret")[0].GetString());
        Assert.Equal("Indiquez la raison sociale de l'employeur.", erreurs.GetProperty("RaisonSociale")[0].GetString());
        Assert.StartsWith("Le code NAF « 62-01 » n'a pas la forme", erreurs.GetProperty("CodeNaf")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Aucune commune « Paris » dans le département", erreurs.GetProperty("Commune")[0].GetString(), StringComparison.Ordinal);

        var siret = SiretsDeTest.Nouveau();
        var cree = await robot.PostAsJsonAsync(new Uri("/api/v1/employeurs", UriKind.Relative),
            new { siret, raisonSociale = "Garage du Centre", codeNaf = "4520a", commune = "49328", effectif = "UnANeuf", secteur = "Entreprise" });
        Assert.Equal(HttpStatusCode.Created, cree.StatusCode);
        var id = (await cree.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await robot.PostAsJsonAsync(new Uri($"/api/v1/employeurs/{id}/contacts", UriKind.Relative), new { nom = "Jean Martin", fonction = "Gérant" })).StatusCode);
        var futur = await robot.PostAsJsonAsync(new Uri($"/api/v1/employeurs/{id}/echanges", UriKind.Relative), new { date = "2099-01-01", type = "Visite", objet = "Visite" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, futur.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await robot.PostAsJsonAsync(new Uri($"/api/v1/employeurs/{id}/echanges", UriKind.Relative),
            new { date = "2026-01-05", type = "Appel", objet = "Besoin d'un mécanicien" })).StatusCode);

        var fiche = await robot.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/employeurs/{id}", UriKind.Relative));
        Assert.Equal(("45.20A", "Saumur", "Jean Martin", "Besoin d'un mécanicien"), (fiche.GetProperty("codeNaf").GetString(), fiche.GetProperty("commune").GetString(),
            fiche.GetProperty("contacts")[0].GetProperty("nom").GetString(), fiche.GetProperty("echanges")[0].GetProperty("objet").GetString()));
        var perime = await robot.PutAsJsonAsync(new Uri($"/api/v1/employeurs/{id}", UriKind.Relative),
            new { version = fiche.GetProperty("version").GetInt32() + 1, employeur = new { siret, raisonSociale = "Garage du Centre-ville", commune = "49328" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, perime.StatusCode);
        Assert.Contains("vient d'être modifié", (await perime.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await robot.PutAsJsonAsync(new Uri($"/api/v1/employeurs/{id}", UriKind.Relative),
            new { version = fiche.GetProperty("version").GetInt32(), employeur = new { siret, raisonSociale = "Garage du Centre-ville", commune = "49328" } })).StatusCode);
        var liste = await robot.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/employeurs?recherche={siret[..9]}", UriKind.Relative));
        Assert.Equal("Garage du Centre-ville", Assert.Single(liste.GetProperty("elements").EnumerateArray()).GetProperty("raisonSociale").GetString());
    }

    [Theory]
    [InlineData("referent@49")]
    [InlineData("operateur@49")]
    [InlineData("membre-ep@49")]
    [InlineData("pilote@49")]
    public async Task Roles_sans_relation_entreprise_sont_refuses(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Refus.Refuse(await navigateur.GetAsync("/employeurs"), $"/employeurs pour {login}");
        Refus.Refuse(await navigateur.GetAsync("/employeurs/edition"), $"/employeurs/edition pour {login}");
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync("/api/v1/employeurs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.Client.PostAsJsonAsync(new Uri("/api/v1/employeurs", UriKind.Relative),
            new { siret = SiretsDeTest.Nouveau(), raisonSociale = "Refusé", commune = "49007" })).StatusCode);
    }

    [Fact]
    public async Task Charge_d_un_territoire_ne_voit_ni_n_enregistre_hors_de_ses_communes_et_un_autre_departement_ne_voit_rien()
    {
        using var robot = await RobotAsync();
        var saumur = await CreerAsync(robot, "49328");
        var angers = await CreerAsync(robot, "49007");
        var territoire = await app.DansDepartementAsync("49", db => db.Set<Territoire>().Where(t => t.Nom == Angers).Select(t => t.Id).SingleAsync());
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.ChargeRelationEntreprise, territoireId: territoire);
        using var local = await Navigateur.ConnecteAsync(app, email);
        Assert.Equal(HttpStatusCode.NotFound, (await local.GetAsync($"/employeurs/{saumur}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await local.GetAsync($"/api/v1/employeurs/{saumur}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await local.GetAsync($"/employeurs/{angers}")).StatusCode);
        var liste = await local.PageAsync("/employeurs");
        Assert.Null(liste.QuerySelector($"tr[data-employeur='{saumur}']"));
        Assert.NotNull(liste.QuerySelector($"tr[data-employeur='{angers}']"));
        var horsTerritoire = await Navigateur.DocumentAsync(await local.SoumettreAsync("/employeurs/edition", Champs(SiretsDeTest.Nouveau(), "Hors territoire", "49328")));
        Assert.Contains("n'est pas dans vos territoires", horsTerritoire.QuerySelector("#commune-erreur")?.TextContent, StringComparison.Ordinal);

        using var ailleurs = await Navigateur.ConnecteAsync(app, "agent@37");
        Assert.Equal(HttpStatusCode.NotFound, (await ailleurs.GetAsync($"/employeurs/{angers}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ailleurs.Client.PostAsJsonAsync(new Uri($"/api/v1/employeurs/{angers}/echanges", UriKind.Relative),
            new { date = "2026-01-05", objet = "Intrusion" })).StatusCode);
    }

    [Fact]
    public async Task Demonstration_donne_six_employeurs_suivis_par_le_charge_avec_contact_et_echange()
    {
        var employeurs = await app.DansDepartementAsync("49", db => db.Set<Employeur>().AsNoTracking().Include(e => e.Contacts).Include(e => e.Echanges)
            .Where(e => db.Users.Any(u => u.Id == e.ChargeRelationId && u.Email == "charge-entreprise@49.passerelle.test")).ToListAsync());
        Assert.Equal(6, employeurs.Count);
        Assert.All(employeurs, e => Assert.Null(Web.Features.Structures.Siret.Verifier(e.Siret)));
        Assert.All(employeurs, e => Assert.True(e.Contacts.Count == 1 && e.Echanges.Count == 1 && e.TerritoireId is not null));
    }

    private static Dictionary<string, string> Champs(string siret, string raison, string commune = "49007") => new()
    {
        ["Saisie.Siret"] = siret,
        ["Saisie.RaisonSociale"] = raison,
        ["Saisie.Commune"] = commune,
        ["Saisie.Effectif"] = "DixAQuaranteNeuf",
        ["Saisie.Secteur"] = "Entreprise",
    };

    private async Task<bool> ExisteAsync(string siret) => await app.DansDepartementAsync("49", db => db.Set<Employeur>().AnyAsync(e => e.Siret == siret));

    private async Task<HttpClient> RobotAsync() =>
        ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "49", [PorteesApi.EmployeursLecture, PorteesApi.EmployeursEcriture])).Texte);

    private static async Task<int> CreerAsync(HttpClient robot, string commune)
    {
        var reponse = await robot.PostAsJsonAsync(new Uri("/api/v1/employeurs", UriKind.Relative), new { siret = SiretsDeTest.Nouveau(), raisonSociale = $"Employeur {commune}", commune });
        Assert.Equal(HttpStatusCode.Created, reponse.StatusCode);
        return (await reponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
