using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Tests.Features.Structures;

public sealed class AdministrationStructuresTests(Application app) : IClassFixture<Application>
{
    private const string Nouvelle = "/administration/structures/nouvelle";

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
        var (id, _) = await DonneesStructures.DuSeulTerritoireAsync(app, "49", "Saumurois");
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        foreach (var url in new[] { "/administration/structures", Nouvelle, $"/administration/structures/{id}", $"/administration/structures/{id}/modifier" })
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
        var reponse = await navigateur.GetAsync("/administration/structures");
        Assert.Equal("/connexion", reponse.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Liste_recherche_par_nom_siret_ou_commune_et_filtre_par_type_et_territoire()
    {
        var nom = DonneesStructures.NomUnique("Recherche");
        var id = await DonneesStructures.CreerAsync(app, nom, "Saumurois");
        var siret = (await DonneesStructures.LireAsync(app, id))!.Siret;
        var saumurois = await DonneesStructures.IdTerritoireAsync(app, "Saumurois");
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        async Task<List<string>> Noms(string requete) =>
            (await navigateur.PageAsync($"/administration/structures?{requete}")).QuerySelectorAll("#structures tbody th").Select(th => th.TextContent.Trim()).ToList();

        Assert.Equal(new[] { nom }, await Noms($"q={Uri.EscapeDataString(nom[..20].ToUpperInvariant())}"));
        Assert.Equal(new[] { nom }, await Noms($"q={siret}"));
        Assert.Contains(nom, await Noms($"q=Angers&Type=AssociationDelegataire"));
        Assert.Contains(nom, await Noms($"Type=AssociationDelegataire&Territoire={saumurois}"));
        Assert.DoesNotContain(nom, await Noms($"Type=MissionLocale&Territoire={saumurois}"));
        Assert.DoesNotContain(nom, await Noms("q=Saumur"));
    }

    [Fact]
    public async Task Creation_valide_cree_la_structure_ses_territoires_et_le_journal()
    {
        var champs = await SaisieValideAsync();
        var nom = champs.First(c => c.Key == "Saisie.Nom").Value;
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        var reponse = await navigateur.SoumettreAsync(Nouvelle, champs);
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var id = await DonneesStructures.IdAsync(app, "49", nom);
        Assert.Equal($"/administration/structures/{id}", reponse.Headers.Location?.OriginalString);
        var structure = await DonneesStructures.LireAsync(app, id);
        Assert.Equal(TypeStructure.MissionLocale, structure!.Type);
        Assert.Equal("49328", structure.CodeInsee);
        Assert.Equal("02 41 00 00 00", structure.Telephone);
        Assert.Equal(await DonneesStructures.IdTerritoireAsync(app, "Saumurois"), Assert.Single(structure.Territoires).TerritoireId);
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == AuditActions.Creation && a.Objet == "Structure" && a.ObjetId == id.ToString())));
        var detail = await navigateur.PageAsync(reponse.Headers.Location!.OriginalString);
        Assert.Contains("Saumur", detail.QuerySelector("#coordonnees")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("a été créée", detail.QuerySelector(".fr-alert--success")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Saisie.Nom", "", "Saisie_Nom-erreur", "Saisissez le nom de la structure.")]
    [InlineData("Saisie.Type", "", "Saisie_Type-erreur", "Choisissez le type de structure.")]
    [InlineData("Saisie.Type", "3", "Saisie_Type-erreur", "Le type « 3 » n'existe pas : choisissez un type dans la liste.")]
    [InlineData("Saisie.Siret", "", "Saisie_Siret-erreur", "Saisissez le SIRET (14 chiffres).")]
    [InlineData("Saisie.Siret", "1234", "Saisie_Siret-erreur", "Le SIRET doit comporter exactement 14 chiffres.")]
    [InlineData("Saisie.Siret", "73282932000075", "Saisie_Siret-erreur", "Le SIRET est invalide : sa clé de contrôle ne correspond pas.")]
    [InlineData("Saisie.Adresse", "", "Saisie_Adresse-erreur", "Saisissez l'adresse (numéro et voie).")]
    [InlineData("Saisie.Commune", "", "Saisie_Commune-erreur", "Saisissez la commune (nom ou code INSEE).")]
    [InlineData("Saisie.Commune", "99999", "Saisie_Commune-erreur", "La commune 99999 n'existe pas.")]
    [InlineData("Saisie.Commune", "Tours (37261)", "Saisie_Commune-erreur", "La commune Tours (37261) n'est pas dans le département.")]
    [InlineData("Saisie.Telephone", "02 41", "Saisie_Telephone-erreur", "Le numéro de téléphone doit comporter 10 chiffres (par exemple 02 41 00 00 00) ou commencer par + suivi de l'indicatif.")]
    [InlineData("Saisie.Email", "contact@", "Saisie_Email-erreur", "L'adresse électronique n'est pas valide (par exemple contact@structure.fr).")]
    [InlineData("Saisie.Territoires", null, "territoires-erreurs", "Choisissez au moins un territoire desservi.")]
    [InlineData("Saisie.Territoires", "999999", "territoires-erreurs", "Le territoire n° 999999 n'existe pas dans le département.")]
    public async Task Creation_invalide_affiche_l_erreur_du_champ_et_ne_cree_rien(string champ, string? valeur, string idErreur, string message)
    {
        var champs = (await SaisieValideAsync()).Avec(champ, valeur is null ? [] : [valeur]);
        await VerifierRefusAsync(champs, idErreur, message);
    }

    [Fact]
    public async Task Creation_avec_valeur_illisible_affiche_un_message_francais()
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        var reponse = await navigateur.SoumettreAsync(Nouvelle, (await SaisieValideAsync()).Avec("Saisie.Territoires", ["abc"]));
        var page = await Navigateur.DocumentAsync(reponse);
        Assert.Contains("La valeur « abc » n'est pas valide.", FormulaireHtml.Erreur(page, "territoires-erreurs"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creation_avec_siret_deja_utilise_nomme_la_structure_existante()
    {
        var siret = await app.DansDepartementAsync("49", db => db.Structures.Where(s => s.Nom == "Cap emploi Maine-et-Loire").Select(s => s.Siret).SingleAsync());
        var espace = $"{siret[..3]} {siret[3..]}";
        await VerifierRefusAsync((await SaisieValideAsync()).Avec("Saisie.Siret", espace), "Saisie_Siret-erreur",
            $"Le SIRET {siret} est déjà celui de la structure « Cap emploi Maine-et-Loire » dans le département.");
    }

    [Fact]
    public async Task Creation_avec_territoire_desactive_ou_d_un_autre_departement_est_refusee()
    {
        var nomTerritoire = DonneesStructures.NomUnique("Fermé");
        var ferme = await app.DansDepartementAsync("49", async db =>
        {
            var t = new Passerelle.Web.Features.Territoires.Territoire { Nom = nomTerritoire, Actif = false };
            db.Territoires.Add(t);
            await db.SaveChangesAsync();
            return t.Id;
        });
        var nordEst = await app.DansDepartementAsync("37", db => db.Territoires.Where(t => t.Nom == "Nord Est").Select(t => t.Id).SingleAsync());
        await VerifierRefusAsync((await SaisieValideAsync()).Avec("Saisie.Territoires", ferme.ToString()), "territoires-erreurs",
            $"Le territoire « {nomTerritoire} » est désactivé : il ne peut plus être choisi.");
        await VerifierRefusAsync((await SaisieValideAsync()).Avec("Saisie.Territoires", nordEst.ToString()), "territoires-erreurs",
            $"Le territoire n° {nordEst} n'existe pas dans le département.");
    }

    [Fact]
    public async Task Modification_valide_enregistre_les_champs_et_la_version_et_journalise()
    {
        var id = await DonneesStructures.CreerAsync(app, DonneesStructures.NomUnique(), "Saumurois");
        var angers = await DonneesStructures.IdTerritoireAsync(app, "Angers Loire Métropole");
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        var url = $"/administration/structures/{id}/modifier";
        var formulaire = await navigateur.PageAsync(url);
        Assert.Equal("Angers (49007)", formulaire.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Saisie_Commune")?.Value);
        var champs = FormulaireHtml.Champs(formulaire);
        champs.Add(new("Saisie.Territoires", angers.ToString()));
        var reponse = await navigateur.SoumettreAsync(url, champs.Avec("Saisie.Telephone", "+33 2 41 11 22 33"));
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var structure = await DonneesStructures.LireAsync(app, id);
        Assert.Equal("02 41 11 22 33", structure!.Telephone);
        Assert.Equal(2, structure.Territoires.Count);
        Assert.Equal(1, structure.Version);
        var audit = await app.DansDepartementAsync("49", db => db.Audit.SingleAsync(a => a.Action == AuditActions.Modification && a.ObjetId == id.ToString() && a.Objet == "Structure"));
        Assert.Equal("Champs modifiés : téléphone, territoires", audit.Details);
    }

    [Fact]
    public async Task Modification_invalide_ne_change_rien()
    {
        var id = await DonneesStructures.CreerAsync(app, DonneesStructures.NomUnique(), "Saumurois");
        var avant = await DonneesStructures.LireAsync(app, id);
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        var url = $"/administration/structures/{id}/modifier";
        var champs = FormulaireHtml.Champs(await navigateur.PageAsync(url)).Avec("Saisie.Nom", "Nouveau nom").Avec("Saisie.Commune", "37261");
        var reponse = await navigateur.SoumettreAsync(url, champs);
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal("La commune Tours (37261) n'est pas dans le département.", FormulaireHtml.Erreur(await Navigateur.DocumentAsync(reponse), "Saisie_Commune-erreur"));
        var apres = await DonneesStructures.LireAsync(app, id);
        Assert.Equal((avant!.Nom, avant.CodeInsee, avant.Version), (apres!.Nom, apres.CodeInsee, apres.Version));
    }

    [Fact]
    public async Task Modification_sur_version_perimee_est_refusee()
    {
        var id = await DonneesStructures.CreerAsync(app, DonneesStructures.NomUnique(), "Saumurois");
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        var url = $"/administration/structures/{id}/modifier";
        var champs = FormulaireHtml.Champs(await navigateur.PageAsync(url));
        await app.DansDepartementAsync("49", async db =>
        {
            (await db.Structures.SingleAsync(s => s.Id == id)).Adresse = "2 rue du Concurrent";
            await db.SaveChangesAsync();
        });
        var reponse = await navigateur.SoumettreAsync(url, champs.Avec("Saisie.Adresse", "3 rue Perdue"));
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Contains("modifiée entre-temps", (await Navigateur.DocumentAsync(reponse)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("2 rue du Concurrent", (await DonneesStructures.LireAsync(app, id))!.Adresse);
    }

    [Fact]
    public async Task Desactivation_puis_reactivation_change_l_etat_et_journalise()
    {
        var id = await DonneesStructures.CreerAsync(app, DonneesStructures.NomUnique(), "Saumurois");
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        var url = $"/administration/structures/{id}";
        var reponse = await navigateur.SoumettreAsync(url, FormulaireHtml.Champs(await navigateur.PageAsync(url)), $"{url}?handler=Desactiver");
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        Assert.False((await DonneesStructures.LireAsync(app, id))!.Actif);
        var detail = await navigateur.PageAsync(url);
        Assert.Equal("Désactivée", detail.QuerySelector("#etat")?.TextContent.Trim());
        reponse = await navigateur.SoumettreAsync(url, FormulaireHtml.Champs(detail), $"{url}?handler=Reactiver");
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        Assert.True((await DonneesStructures.LireAsync(app, id))!.Actif);
        var actions = await app.DansDepartementAsync("49", db => db.Audit.Where(a => a.Objet == "Structure" && a.ObjetId == id.ToString()).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(new[] { AuditActions.Desactivation, AuditActions.Reactivation }, actions);
    }

    [Fact]
    public async Task Administrateur_d_un_autre_departement_recoit_404_et_ne_change_rien()
    {
        var id = await DonneesStructures.CreerAsync(app, DonneesStructures.NomUnique(), "Saumurois");
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@37");
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync($"/administration/structures/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync($"/administration/structures/{id}/modifier")).StatusCode);
        var champs = (await SaisieValideAsync()).Append(new("Version", "0"));
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.SoumettreAsync(Nouvelle, champs, $"/administration/structures/{id}/modifier")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.SoumettreAsync(Nouvelle, [new("version", "0")], $"/administration/structures/{id}?handler=Desactiver")).StatusCode);
        var structure = await DonneesStructures.LireAsync(app, id);
        Assert.True(structure!.Actif);
        Assert.Equal(0, structure.Version);
    }

    private async Task VerifierRefusAsync(List<KeyValuePair<string, string>> champs, string idErreur, string message)
    {
        var avant = await app.DansDepartementAsync("49", db => db.Structures.CountAsync());
        using var navigateur = await Navigateur.ConnecteAsync(app, "admin@49");
        var reponse = await navigateur.SoumettreAsync(Nouvelle, champs);
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var page = await Navigateur.DocumentAsync(reponse);
        Assert.Equal(message, FormulaireHtml.Erreur(page, idErreur));
        Assert.Contains(message, page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(avant, await app.DansDepartementAsync("49", db => db.Structures.CountAsync()));
    }

    private async Task<List<KeyValuePair<string, string>>> SaisieValideAsync() =>
    [
        new("Saisie.Nom", DonneesStructures.NomUnique()),
        new("Saisie.Type", "MissionLocale"),
        new("Saisie.Siret", SiretsDeTest.Nouveau()),
        new("Saisie.Adresse", "3 place de la Gare"),
        new("Saisie.Commune", "Saumur (49328)"),
        new("Saisie.Telephone", "02.41.00.00.00"),
        new("Saisie.Email", "contact@exemple.fr"),
        new("Saisie.Territoires", (await DonneesStructures.IdTerritoireAsync(app, "Saumurois")).ToString()),
    ];
}
