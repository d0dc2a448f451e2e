using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Imports.Tableur;
using static Passerelle.Tests.Features.Imports.Tableur.TableurDeTest;

namespace Passerelle.Tests.Features.Imports.Tableur;

public sealed class ConfigurationsTableurPagesTests(Application app) : IClassFixture<Application>
{
    private static Dictionary<string, string> Formulaire(string nom, int version = 0)
    {
        var champs = new Dictionary<string, string>
        {
            ["Saisie.Nom"] = nom,
            ["Saisie.Separateur"] = "Automatique",
            ["Saisie.Encodage"] = "Automatique",
            ["Saisie.LigneEntete"] = "1",
            ["Saisie.FormatsDate"] = "dd/MM/yyyy ; yyyy-MM-dd",
            ["Saisie.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (champ, colonne) in Configuration().Colonnes) champs[$"Saisie.Colonnes[{champ}]"] = colonne;
        return champs;
    }

    private async Task<int> CreerAsync(string departement, string nom) =>
        await app.DansDepartementAsync(departement, async db =>
        {
            var configuration = Configuration(nom);
            db.ConfigurationsTableur.Add(configuration);
            await db.SaveChangesAsync();
            return configuration.Id;
        });

    [Fact]
    public async Task Creation_par_un_agent_enregistre_la_configuration_et_la_journalise()
    {
        var nom = $"Extraction {Guid.NewGuid():N}"[..30];
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");

        var reponse = await navigateur.SoumettreAsync("/imports/configurations/nouvelle", Formulaire(nom));

        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var (configuration, audits) = await app.DansDepartementAsync("49", async db =>
        {
            var c = await db.ConfigurationsTableur.SingleAsync(c => c.Nom == nom);
            return (c, await db.Audit.CountAsync(a => a.Objet == nameof(ConfigurationTableur) && a.ObjetId == c.Id.ToString()));
        });
        Assert.Equal($"/imports/configurations/{configuration.Id}", reponse.Headers.Location?.OriginalString);
        Assert.Equal("dd/MM/yyyy;yyyy-MM-dd", configuration.FormatsDate);
        Assert.Equal(Configuration().Colonnes, configuration.Colonnes);
        Assert.Equal(1, audits);
        var liste = await navigateur.PageAsync("/imports/configurations");
        Assert.Contains(liste.QuerySelectorAll("#configurations tbody th"), th => th.TextContent.Trim() == nom);
    }

    [Fact]
    public async Task Creation_sans_colonne_obligatoire_ni_format_de_date_valide_reaffiche_les_erreurs_sans_rien_creer()
    {
        var nom = $"Incomplète {Guid.NewGuid():N}"[..30];
        var champs = Formulaire(nom);
        champs["Saisie.Colonnes[Nom]"] = "";
        champs["Saisie.FormatsDate"] = "jj/mm/aaaa";
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");

        var reponse = await navigateur.SoumettreAsync("/imports/configurations/nouvelle", champs);

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var page = await Navigateur.DocumentAsync(reponse);
        Assert.Equal("Indiquez l'en-tête de la colonne qui contient : Nom.", page.QuerySelector("#colonne-Nom-erreur")?.TextContent);
        Assert.Equal("true", page.QuerySelector("#colonne-Nom")?.GetAttribute("aria-invalid"));
        Assert.NotNull(page.QuerySelector("#Saisie_FormatsDate-erreur"));
        Assert.False(await app.DansDepartementAsync("49", db => db.ConfigurationsTableur.AnyAsync(c => c.Nom == nom)));
    }

    [Fact]
    public async Task Modification_enregistre_puis_refuse_une_version_perimee()
    {
        var id = await CreerAsync("49", $"Modifiable {Guid.NewGuid():N}"[..30]);
        var nouveau = $"Renommée {Guid.NewGuid():N}"[..30];
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var champs = Formulaire(nouveau);
        champs["Saisie.Colonnes[Telephone]"] = "Tél.";

        var reponse = await navigateur.SoumettreAsync($"/imports/configurations/{id}", champs);

        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var configuration = await app.DansDepartementAsync("49", db => db.ConfigurationsTableur.SingleAsync(c => c.Id == id));
        Assert.Equal((nouveau, "Tél.", 1), (configuration.Nom, configuration.Colonnes[ChampTableur.Telephone], configuration.Version));

        var perimee = await navigateur.SoumettreAsync($"/imports/configurations/{id}", Formulaire("Perdue", version: 0));

        Assert.Equal(HttpStatusCode.OK, perimee.StatusCode);
        Assert.Contains("modifiée entre-temps", (await Navigateur.DocumentAsync(perimee)).QuerySelector("#erreurs-formulaire")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(nouveau, await app.DansDepartementAsync("49", db => db.ConfigurationsTableur.Where(c => c.Id == id).Select(c => c.Nom).SingleAsync()));
    }

    [Fact]
    public async Task Essai_d_un_fichier_affiche_l_apercu_avec_les_erreurs_sans_rien_enregistrer()
    {
        var id = await CreerAsync("49", $"Essai {Guid.NewGuid():N}"[..30]);
        var lignes = LignesValides();
        lignes[3] = Modifier(lignes[3], "NIR", "185054900712300");
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var reponse = await navigateur.DeposerAsync($"/imports/configurations/{id}/essai", [], "essai.csv", Encoding.UTF8.GetBytes(Csv(lignes)));

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var page = await Navigateur.DocumentAsync(reponse);
        Assert.Equal(4, page.QuerySelectorAll("#apercu-lignes tbody tr").Length);
        var erreur = page.QuerySelector("tr[data-ligne='5'] td.passerelle-cellule-erreur");
        Assert.NotNull(erreur);
        Assert.Contains("185054900712300", erreur.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("⚠ La clé du NIR est", page.QuerySelector($"#{erreur.GetAttribute("aria-describedby")}")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 ligne(s) en erreur", page.QuerySelector("#apercu-bilan")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("referent@49")]
    [InlineData("operateur@49")]
    [InlineData("lecteur@49")]
    [InlineData("admin@49")]
    public async Task Pages_refusees_aux_autres_roles(string login)
    {
        var id = await CreerAsync("49", $"Refus {Guid.NewGuid():N}"[..30]);
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        foreach (var url in new[] { "/imports/configurations", "/imports/configurations/nouvelle", $"/imports/configurations/{id}", $"/imports/configurations/{id}/essai" })
            Refus.Refuse(await navigateur.GetAsync(url), $"{login} sur {url}");
    }

    [Fact]
    public async Task Pages_sans_session_redirigent_vers_la_connexion()
    {
        using var navigateur = Navigateur.Anonyme(app);
        Refus.VersConnexion(await navigateur.GetAsync("/imports/configurations"), "anonyme");
    }

    [Fact]
    public async Task Configuration_d_un_autre_departement_est_introuvable()
    {
        var id = await CreerAsync("49", $"Cloisonnée {Guid.NewGuid():N}"[..30]);
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@37");
        foreach (var url in new[] { $"/imports/configurations/{id}", $"/imports/configurations/{id}/essai" })
            Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync(url)).StatusCode);
        var liste = await navigateur.PageAsync("/imports/configurations");
        Assert.DoesNotContain(liste.QuerySelectorAll("#configurations tbody th"), th => th.TextContent.Contains("Cloisonnée", StringComparison.Ordinal));
    }
}
