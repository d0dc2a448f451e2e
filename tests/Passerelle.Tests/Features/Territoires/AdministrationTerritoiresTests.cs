using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Structures;
using Passerelle.Tests.Support;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Tests.Features.Territoires;

public sealed class AdministrationTerritoiresTests(Application app) : IClassFixture<Application>
{
    [Theory]
    [InlineData("agent@49")]
    [InlineData("agent-territoire@49")]
    [InlineData("referent@49")]
    [InlineData("responsable@49")]
    [InlineData("operateur@49")]
    [InlineData("pilote@49")]
    [InlineData("membre-ep@49")]
    [InlineData("lecteur@49")]
    [InlineData("beneficiaire@49")]
    public async Task Pages_d_administration_refusees_aux_roles_non_administrateurs(string login)
    {
        var id = await DonneesTerritoires.IdAsync(app, "49", "Saumurois");
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        foreach (var url in new[] { "/administration/territoires", "/administration/territoires/nouveau", $"/administration/territoires/{id}", $"/administration/territoires/{id}/modifier" })
        {
            var reponse = await navigateur.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
            Assert.StartsWith("/erreur/403", reponse.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Liste_sans_session_redirige_vers_la_connexion()
    {
        using var navigateur = Navigateur.Anonyme(app);
        var reponse = await navigateur.GetAsync("/administration/territoires");
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        Assert.Equal("/connexion", reponse.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Liste_affiche_les_territoires_avec_leur_nombre_de_communes()
    {
        var attendu = await app.DansDepartementAsync("49", db => db.TerritoireCommunes.CountAsync(c => db.Territoires.Any(t => t.Id == c.TerritoireId && t.Nom == "Saumurois")));
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        var page = await navigateur.PageAsync("/administration/territoires");
        var ligne = page.QuerySelectorAll("#territoires tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent.Trim() == "Saumurois");
        Assert.Equal(attendu.ToString(System.Globalization.CultureInfo.InvariantCulture), ligne.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Equal("Actif", ligne.QuerySelectorAll("td")[2].TextContent.Trim());
    }

    [Theory]
    [InlineData("Saumur", "Saumurois")]
    [InlineData("49007", "Angers Loire Métropole")]
    [InlineData("baugeois", "Baugeois, Loir et Layon")]
    public async Task Recherche_par_commune_code_insee_ou_nom_trouve_le_territoire(string q, string attendu)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        var page = await navigateur.PageAsync($"/administration/territoires?q={Uri.EscapeDataString(q)}");
        var noms = page.QuerySelectorAll("#territoires tbody th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Contains(attendu, noms);
        Assert.True(noms.Count < 5, $"La recherche « {q} » aurait dû filtrer : {string.Join(", ", noms)}");
    }

    [Fact]
    public async Task Liste_longue_est_paginee_par_20()
    {
        var prefixe = $"Pagination {Guid.NewGuid():N}"[..20];
        for (var i = 0; i < 21; i++) await DonneesTerritoires.CreerAsync(app, $"{prefixe} {i:00}");
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        var page1 = await navigateur.PageAsync($"/administration/territoires?q={Uri.EscapeDataString(prefixe)}");
        Assert.Equal(20, page1.QuerySelectorAll("#territoires tbody tr").Length);
        Assert.Equal("1", page1.QuerySelector(".fr-pagination [aria-current=page]")?.TextContent);
        var suivante = page1.QuerySelector(".fr-pagination__link--next")?.GetAttribute("href");
        Assert.NotNull(suivante);
        var page2 = await navigateur.PageAsync(suivante);
        Assert.Equal($"{prefixe} 20", page2.QuerySelector("#territoires tbody th")?.TextContent.Trim());
    }

    [Fact]
    public async Task Creation_avec_codes_et_noms_de_communes_cree_le_territoire_et_le_journalise()
    {
        var code1 = await DonneesTerritoires.LibererCommuneAsync(app);
        var code2 = await DonneesTerritoires.LibererCommuneAsync(app);
        var nom2 = Passerelle.Web.Features.Communes.Communes.Charger().Trouver(code2)!.Nom;
        var nom = DonneesTerritoires.NomUnique();
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        var reponse = await navigateur.SoumettreAsync("/administration/territoires/nouveau", new Dictionary<string, string>
        {
            ["Saisie.Nom"] = nom,
            ["Saisie.Ajouts"] = $"{code1}\n{nom2}",
        });
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var id = await DonneesTerritoires.IdAsync(app, "49", nom);
        Assert.Equal($"/administration/territoires/{id}", reponse.Headers.Location?.OriginalString);
        var territoire = await DonneesTerritoires.LireAsync(app, id);
        Assert.Equal(new[] { code1, code2 }.Order(), territoire!.Communes.Select(c => c.CodeInsee).Order());
        Assert.True(territoire.Actif);
        var audit = await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == AuditActions.Creation && a.Objet == "Territoire" && a.ObjetId == id.ToString()));
        Assert.Equal(1, audit);
        var detail = await navigateur.PageAsync($"/administration/territoires/{id}");
        Assert.Contains(nom2, detail.QuerySelector("#communes")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "", "Saisie_Nom-erreur", "Saisissez le nom du territoire.")]
    [InlineData("SAUMUROIS", "", "Saisie_Nom-erreur", "Un territoire « SAUMUROIS » existe déjà dans le département.")]
    [InlineData(null, "99999", "Saisie_Ajouts-erreur", "La commune 99999 n'existe pas.")]
    [InlineData(null, "37261", "Saisie_Ajouts-erreur", "La commune Tours (37261) n'est pas dans le département.")]
    [InlineData(null, "Tours", "Saisie_Ajouts-erreur", "Aucune commune « Tours » dans le département : vérifiez l'orthographe ou saisissez le code INSEE.")]
    [InlineData(null, "49007", "Saisie_Ajouts-erreur", "La commune Angers (49007) est déjà rattachée au territoire « Angers Loire Métropole ».")]
    public async Task Creation_invalide_affiche_l_erreur_et_ne_cree_rien(string? nom, string ajouts, string idErreur, string message)
    {
        nom ??= DonneesTerritoires.NomUnique();
        var avant = await app.DansDepartementAsync("49", db => db.Territoires.CountAsync());
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        var reponse = await navigateur.SoumettreAsync("/administration/territoires/nouveau", new Dictionary<string, string>
        {
            ["Saisie.Nom"] = nom,
            ["Saisie.Ajouts"] = ajouts,
        });
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var page = await Navigateur.DocumentAsync(reponse);
        Assert.Equal(message, FormulaireHtml.Erreur(page, idErreur));
        Assert.Contains(message, page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(ajouts, page.QuerySelector("#Saisie_Ajouts")?.TextContent);
        Assert.Equal(avant, await app.DansDepartementAsync("49", db => db.Territoires.CountAsync()));
    }

    [Fact]
    public async Task Modification_renomme_ajoute_et_retire_des_communes_et_journalise()
    {
        var ancienne = await DonneesTerritoires.LibererCommuneAsync(app);
        var nouvelle = await DonneesTerritoires.LibererCommuneAsync(app);
        var id = await DonneesTerritoires.CreerAsync(app, DonneesTerritoires.NomUnique(), ancienne);
        var nom = DonneesTerritoires.NomUnique("Renommé");
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        var url = $"/administration/territoires/{id}/modifier";
        var formulaire = await navigateur.PageAsync(url);
        Assert.True(formulaire.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>($"#commune-{ancienne}")?.IsChecked);
        var champs = FormulaireHtml.Champs(formulaire).Avec("Saisie.Nom", nom).Avec("Saisie.Codes").Avec("Saisie.Ajouts", nouvelle);
        var reponse = await navigateur.SoumettreAsync(url, champs);
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var territoire = await DonneesTerritoires.LireAsync(app, id);
        Assert.Equal(nom, territoire!.Nom);
        Assert.Equal(new[] { nouvelle }, territoire.Communes.Select(c => c.CodeInsee));
        Assert.Equal(1, territoire.Version);
        var audit = await app.DansDepartementAsync("49", db => db.Audit.SingleAsync(a => a.Action == AuditActions.Modification && a.Objet == "Territoire" && a.ObjetId == id.ToString()));
        Assert.Contains("1 commune(s) ajoutée(s), 1 retirée(s)", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Modification_sur_version_perimee_est_refusee_sans_rien_changer()
    {
        var id = await DonneesTerritoires.CreerAsync(app, DonneesTerritoires.NomUnique());
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        var url = $"/administration/territoires/{id}/modifier";
        var champs = FormulaireHtml.Champs(await navigateur.PageAsync(url));
        var nomConcurrent = DonneesTerritoires.NomUnique("Concurrent");
        await app.DansDepartementAsync("49", async db =>
        {
            (await db.Territoires.SingleAsync(t => t.Id == id)).Nom = nomConcurrent;
            await db.SaveChangesAsync();
        });
        var reponse = await navigateur.SoumettreAsync(url, champs.Avec("Saisie.Nom", DonneesTerritoires.NomUnique("Perdu")));
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var page = await Navigateur.DocumentAsync(reponse);
        Assert.Contains("modifié entre-temps", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(nomConcurrent, (await DonneesTerritoires.LireAsync(app, id))!.Nom);
    }

    [Fact]
    public async Task Desactivation_puis_reactivation_change_l_etat_et_journalise()
    {
        var id = await DonneesTerritoires.CreerAsync(app, DonneesTerritoires.NomUnique());
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        var url = $"/administration/territoires/{id}";
        var reponse = await navigateur.SoumettreAsync(url, FormulaireHtml.Champs(await navigateur.PageAsync(url)), $"{url}?handler=Desactiver");
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        Assert.False((await DonneesTerritoires.LireAsync(app, id))!.Actif);
        var detail = await navigateur.PageAsync(url);
        Assert.Equal("Désactivé", detail.QuerySelector("#etat")?.TextContent.Trim());

        reponse = await navigateur.SoumettreAsync(url, FormulaireHtml.Champs(detail), $"{url}?handler=Reactiver");
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        Assert.True((await DonneesTerritoires.LireAsync(app, id))!.Actif);
        var actions = await app.DansDepartementAsync("49", db => db.Audit.Where(a => a.Objet == "Territoire" && a.ObjetId == id.ToString()).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(new[] { AuditActions.Desactivation, AuditActions.Reactivation }, actions);
    }

    [Fact]
    public async Task Detail_liste_les_communes_et_les_structures_qui_desservent_le_territoire()
    {
        var id = await DonneesTerritoires.IdAsync(app, "49", "Saumurois");
        var structures = await app.DansDepartementAsync("49", db => db.Structures.Where(s => s.Territoires.Any(t => t.TerritoireId == id)).Select(s => s.Nom).ToListAsync());
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        var page = await navigateur.PageAsync($"/administration/territoires/{id}");
        Assert.Contains(page.QuerySelectorAll("#communes tbody th"), th => th.TextContent == "Saumur");
        Assert.Equal(structures.Order(), page.QuerySelectorAll("#structures tbody th").Select(th => th.TextContent.Trim()).Order());
    }

    [Fact]
    public async Task Administrateur_d_un_autre_departement_recoit_404()
    {
        var id = await DonneesTerritoires.IdAsync(app, "49", "Saumurois");
        var id37 = await DonneesTerritoires.IdAsync(app, "37", "Nord Est");
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@37");
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync($"/administration/territoires/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync($"/administration/territoires/{id}/modifier")).StatusCode);
        var page37 = $"/administration/territoires/{id37}";
        var reponse = await navigateur.SoumettreAsync(page37, [new("version", "0")], $"/administration/territoires/{id}?handler=Desactiver");
        Assert.Equal(HttpStatusCode.NotFound, reponse.StatusCode);
        Assert.True((await DonneesTerritoires.LireAsync(app, id))!.Actif);
        var liste = await navigateur.PageAsync("/administration/territoires");
        Assert.DoesNotContain(liste.QuerySelectorAll("#territoires tbody th"), th => th.TextContent.Trim() == "Saumurois");
    }
}
