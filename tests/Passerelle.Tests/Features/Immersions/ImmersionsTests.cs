using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Immersions;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Parrainage.ParrainageDeTest;

namespace Passerelle.Tests.Features.Immersions;

/// <summary>Immersions (PMSMP): one month at most from date to date, renewed once for at most a month, an outcome once begun; the person's scope.</summary>
public sealed class ImmersionsTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Referent_enregistre_une_immersion_d_un_mois_au_plus_la_renouvelle_une_fois_et_note_son_issue()
    {
        var p = await Sorties.SortiesDeTest.AccompagneeAsync(app);
        var employeur = await app.DansDepartementAsync("49", db => db.Set<Web.Features.Employeurs.Employeur>().OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        var debut = new DateOnly(2026, 1, 10);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.Equal($"/immersions/nouvelle/{p.PersonneId}", (await referent.PageAsync($"/personnes/{p.PersonneId}")).QuerySelector("#nouvelle-immersion")?.GetAttribute("href"));
        KeyValuePair<string, string>[] Champs(DateOnly fin, string rome) =>
        [
            Champ("Saisie.EmployeurId", employeur.ToString(System.Globalization.CultureInfo.InvariantCulture)), Champ("Saisie.DateDebut", Jour(debut)),
            Champ("Saisie.DateFin", Jour(fin)), Champ("Saisie.CodeRome", rome), Champ("Saisie.Objet", "ConfirmerProjet"),
        ];
        var trop = await Navigateur.DocumentAsync(await referent.SoumettreAsync($"/immersions/nouvelle/{p.PersonneId}", Champs(new DateOnly(2026, 2, 10), "Z9999")));
        Assert.StartsWith("Une immersion dure un mois au plus de date à date : fin le 09/02/2026 au plus tard", trop.QuerySelector("#Saisie_DateFin-erreur")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("« Z9999 » n'existe pas", trop.QuerySelector("#Saisie_CodeRome-erreur")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await referent.SoumettreAsync($"/immersions/nouvelle/{p.PersonneId}", Champs(new DateOnly(2026, 2, 9), "f1703"))).StatusCode);
        var immersion = await app.DansDepartementAsync("49", db => db.Set<Immersion>().AsNoTracking().SingleAsync(i => i.PersonneId == p.PersonneId));
        Assert.Equal(("F1703", ObjetImmersion.ConfirmerProjet), (immersion.CodeRome, immersion.Objet));

        using var robot = ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "49", [PorteesApi.ImmersionsLecture, PorteesApi.ImmersionsEcriture])).Texte);
        var long_ = await robot.PostAsJsonAsync(new Uri($"/api/v1/immersions/{immersion.Id}/renouvellement", UriKind.Relative), new { version = 0, dateFinRenouvellement = "2026-03-10" });
        Assert.StartsWith("Le renouvellement dure un mois au plus : fin le 09/03/2026", (await long_.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await robot.PostAsJsonAsync(new Uri($"/api/v1/immersions/{immersion.Id}/renouvellement", UriKind.Relative), new { version = 0, dateFinRenouvellement = "2026-03-09" })).StatusCode);
        var second = await robot.PostAsJsonAsync(new Uri($"/api/v1/immersions/{immersion.Id}/renouvellement", UriKind.Relative), new { version = 1, dateFinRenouvellement = "2026-03-20" });
        Assert.Contains("qu'une fois", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await robot.PostAsJsonAsync(new Uri($"/api/v1/immersions/{immersion.Id}/issue", UriKind.Relative), new { version = 1, issue = "Embauche" })).StatusCode);
        var lue = await robot.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/immersions/{immersion.Id}", UriKind.Relative));
        Assert.Equal(("Embauche", "2026-03-09"), (lue.GetProperty("issue").GetString(), lue.GetProperty("dateFinRenouvellement").GetString()));
        Assert.Contains("Embauche", (await referent.PageAsync($"/personnes/{p.PersonneId}")).QuerySelector("#immersions")?.TextContent, StringComparison.Ordinal);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Contains("F1703", (await agent.PageAsync("/immersions/indicateurs?Annee=2026")).QuerySelector("#immersions-rome")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_refuse_un_double_accueil_et_une_issue_avant_le_debut_et_ne_trouve_rien_hors_perimetre()
    {
        var p = await Sorties.SortiesDeTest.AccompagneeAsync(app);
        using var robot = ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "49", [PorteesApi.ImmersionsLecture, PorteesApi.ImmersionsEcriture])).Texte);
        var (employeur, structure) = await app.DansDepartementAsync("49", async db =>
            (await db.Set<Web.Features.Employeurs.Employeur>().Select(e => e.Id).FirstAsync(), await db.Structures.Select(s => s.Id).FirstAsync()));
        var debut = HeureDeTest.Aujourdhui.AddDays(5);
        var double_ = await robot.PostAsJsonAsync(new Uri("/api/v1/immersions", UriKind.Relative), new
        {
            personneId = p.PersonneId,
            immersion = new { employeurId = employeur, structureId = structure, dateDebut = Jour(debut), dateFin = Jour(debut.AddDays(10)), codeRome = "K2204", objet = "DecouvrirMetier" },
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, double_.StatusCode);
        Assert.StartsWith("Choisissez l'employeur ou la structure", (await double_.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("EmployeurId")[0].GetString(), StringComparison.Ordinal);
        var cree = await robot.PostAsJsonAsync(new Uri("/api/v1/immersions", UriKind.Relative), new
        {
            personneId = p.PersonneId,
            immersion = new { structureId = structure, dateDebut = Jour(debut), dateFin = Jour(debut.AddDays(10)), codeRome = "K2204", objet = "DecouvrirMetier" },
        });
        var id = (await cree.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var tot = await robot.PostAsJsonAsync(new Uri($"/api/v1/immersions/{id}/issue", UriKind.Relative), new { version = 0, issue = "SansSuite" });
        Assert.Contains("une fois l'immersion commencée", (await tot.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var ailleurs = ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "37", [PorteesApi.ImmersionsLecture, PorteesApi.ImmersionsEcriture])).Texte);
        Assert.Equal(HttpStatusCode.NotFound, (await ailleurs.GetAsync(new Uri($"/api/v1/immersions/{id}", UriKind.Relative))).StatusCode);
        var structure49 = await app.DansDepartementAsync("49", db => db.Structures.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Referent, structureId: structure49);
        using var autre = await Navigateur.ConnecteAsync(app, email);
        Assert.Equal(HttpStatusCode.NotFound, (await autre.GetAsync($"/immersions/nouvelle/{p.PersonneId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await autre.GetAsync($"/api/v1/immersions/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("operateur@49")]
    [InlineData("parrain@49")]
    [InlineData("charge-entreprise@49")]
    public async Task Roles_sans_dossiers_sont_refuses(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        var personne = await app.DansDepartementAsync("49", db => db.Personnes.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        Refus.Refuse(await navigateur.GetAsync($"/immersions/nouvelle/{personne}"), $"/immersions/nouvelle pour {login}");
        Refus.Refuse(await navigateur.GetAsync($"/iae/entree/{personne}"), $"/iae/entree pour {login}");
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync("/api/v1/immersions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync("/api/v1/iae")).StatusCode);
    }
}
