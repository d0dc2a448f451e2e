using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OtpNet;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Departements;

/// <summary>Opening a département with its first administrator, in one transaction.</summary>
public sealed class OuvertureDepartementTests(Application app) : IClassFixture<Application>
{
    private const string Nouveau = "/administration/departements/nouveau";
    private const string MotDePasse = "Premier-Admin-2026!";

    private static Dictionary<string, string> Saisie(string code, string nom, string nomAdministrateur, string email, string prenom = "Camille", string motDePasse = MotDePasse) => new()
    {
        ["Saisie.Code"] = code,
        ["Saisie.Nom"] = nom,
        ["Saisie.Administrateur.Prenom"] = prenom,
        ["Saisie.Administrateur.Nom"] = nomAdministrateur,
        ["Saisie.Administrateur.Email"] = email,
        ["Saisie.Administrateur.MotDePasse"] = motDePasse,
    };

    private static string Unique(string prefixe) => $"{prefixe}-{Guid.NewGuid():N}";

    [Fact]
    public async Task Ouverture_valide_cree_le_departement_son_administrateur_et_les_journalise()
    {
        var nom = Unique("Premier");
        var email = $"{nom}@01.passerelle.test";
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        var reponse = await admin.SoumettreAsync(Nouveau, Saisie(" 01 ", "Ain", nom, email));

        Assert.Equal("/administration/departements", Refus.Chemin(reponse));
        var liste = await admin.PageAsync("/administration/departements");
        Assert.Contains(liste.QuerySelectorAll("#departements tbody tr"), tr => tr.TextContent.Contains("Ain", StringComparison.Ordinal) && tr.TextContent.Contains("01", StringComparison.Ordinal));
        var (compte, habilitations, journal) = await app.DansDepartementAsync("01", async db =>
        {
            var u = await db.UtilisateursDuDepartement().SingleAsync();
            return (u, await db.Habilitations.Where(h => h.UtilisateurId == u.Id).ToListAsync(), await db.Audit.ToListAsync());
        });
        Assert.Equal((email, nom, "Camille", true), (compte.Email, compte.Nom, compte.Prenom, compte.Actif));
        Assert.False(compte.AdministrateurPlateforme);
        var habilitation = Assert.Single(habilitations);
        Assert.Equal((Role.Administrateur, (int?)null, (int?)null), (habilitation.Role, habilitation.StructureId, habilitation.TerritoireId));
        var creation = Assert.Single(journal);
        Assert.Equal((AuditActions.Creation, "Utilisateur", compte.Id, "admin@49.passerelle.test"), (creation.Action, creation.Objet, creation.ObjetId, creation.Utilisateur));
        var ouverture = await app.DansDepartementAsync("49", db => db.Audit.SingleAsync(a => a.Action == AuditActions.Creation && a.Objet == "Departement" && a.ObjetId == "01"));
        Assert.Contains(compte.Id, ouverture.Details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99", "Nulle part", "Saisie_Code-erreur", "ne correspond à aucun département")]
    [InlineData("20", "Corse d'avant 1976", "Saisie_Code-erreur", "ne correspond à aucun département")]
    [InlineData("37", "Indre-et-Loire bis", "Saisie_Code-erreur", "déjà ouvert")]
    [InlineData("", "Sans code", "Saisie_Code-erreur", "Saisissez le code INSEE")]
    [InlineData("02", "", "Saisie_Nom-erreur", "Saisissez le nom du département")]
    public async Task Ouverture_avec_un_departement_invalide_ne_cree_ni_departement_ni_compte(string code, string nom, string champ, string message)
    {
        var administrateur = Unique("Refuse");
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        var reponse = await admin.SoumettreAsync(Nouveau, Saisie(code, nom, administrateur, $"{administrateur}@passerelle.test"));

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Contains(message, (await Navigateur.DocumentAsync(reponse)).QuerySelector($"#{champ}")?.TextContent, StringComparison.Ordinal);
        await RienNAEteCreeAsync("02", administrateur);
        Assert.Equal("Indre-et-Loire", await app.DansDepartementAsync("49", db => db.Departements.Where(d => d.Code == "37").Select(d => d.Nom).SingleAsync()));
    }

    [Theory]
    [InlineData("prenom", "Saisie_Administrateur_Prenom-erreur", "Saisissez le prénom.")]
    [InlineData("email-invalide", "Saisie_Administrateur_Email-erreur", "L'adresse électronique n'est pas valide.")]
    [InlineData("email-pris", "Saisie_Administrateur_Email-erreur", ErreursCompte.EmailDejaUtilise)]
    [InlineData("mot-de-passe", "Saisie_Administrateur_MotDePasse-erreur", "au moins 12 caractères")]
    [InlineData("mot-de-passe-vide", "Saisie_Administrateur_MotDePasse-erreur", "Saisissez un mot de passe initial.")]
    // Accepted by the form's checks, refused by Identity once the département is written: the transaction undoes it.
    [InlineData("identifiant", "Saisie_Administrateur_Email-erreur", "caractères non autorisés")]
    public async Task Ouverture_avec_un_administrateur_invalide_ne_cree_ni_departement_ni_compte(string cas, string champ, string message)
    {
        var administrateur = Unique("Refuse");
        var saisie = Saisie("03", "Allier", administrateur, $"{administrateur}@03.passerelle.test");
        var (cle, valeur) = cas switch
        {
            "prenom" => ("Prenom", ""),
            "email-invalide" => ("Email", "pas-une-adresse"),
            "email-pris" => ("Email", "AGENT@37.passerelle.test"),
            "mot-de-passe" => ("MotDePasse", "court"),
            "mot-de-passe-vide" => ("MotDePasse", ""),
            _ => ("Email", $"{administrateur}-é@03.passerelle.test"),
        };
        saisie[$"Saisie.Administrateur.{cle}"] = valeur;
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        var reponse = await admin.SoumettreAsync(Nouveau, saisie);

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var page = await Navigateur.DocumentAsync(reponse);
        Assert.Contains(message, page.QuerySelector($"#{champ}")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[role=alert]"));
        await RienNAEteCreeAsync("03", administrateur);
    }

    [Fact]
    public async Task Premier_administrateur_configure_sa_double_authentification_et_ne_voit_que_son_departement()
    {
        var nom = Unique("Admin");
        var email = $"{nom}@04.passerelle.test";
        using (var admin = await Navigateur.ConnecteAsync(app, "admin@49"))
            await admin.SoumettreAsync(Nouveau, Saisie("04", "Alpes-de-Haute-Provence", nom, email));
        var lecteur49 = await ComptesDeTest.IdDeAsync(app, "lecteur@49");
        using var nouveau = Navigateur.Anonyme(app);

        var connexion = await nouveau.SoumettreAsync("/connexion", new Dictionary<string, string> { ["Saisie.Email"] = email, ["Saisie.MotDePasse"] = MotDePasse });
        Assert.Equal("/compte/double-authentification?obligatoire=True", connexion.Headers.Location?.OriginalString);
        Refus.Refuse(await nouveau.GetAsync("/administration/utilisateurs"), "administration avant la double authentification");
        await ActiverDoubleAuthentificationAsync(nouveau, "/compte/double-authentification?obligatoire=True");

        var accueil = await nouveau.PageAsync("/");
        Assert.Contains("Alpes-de-Haute-Provence", accueil.QuerySelector(".fr-header__service-tagline")?.TextContent, StringComparison.Ordinal);
        var moi = await nouveau.Client.GetFromJsonAsync<MoiApi.MoiDto>(new Uri("/api/v1/moi", UriKind.Relative));
        Assert.Equal(await app.DansDepartementAsync("49", db => db.Departements.Where(d => d.Code == "04").Select(d => d.Id).SingleAsync()), moi?.DepartementId);
        Assert.Equal([nameof(Role.Administrateur)], moi?.Habilitations.Select(h => h.Role));
        var comptes = (await nouveau.PageAsync("/administration/utilisateurs")).QuerySelectorAll("#utilisateurs tbody tr");
        Assert.Contains(email, Assert.Single(comptes).TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await nouveau.GetAsync($"/administration/utilisateurs/{lecteur49}")).StatusCode);
        Refus.Refuse(await nouveau.GetAsync("/administration/departements"), "départements par un administrateur non plateforme");
    }

    /// <summary>Reads the key the page shows, as the user would in an authenticator app, and confirms a code.</summary>
    private static async Task ActiverDoubleAuthentificationAsync(Navigateur navigateur, string page)
    {
        var cle = (await navigateur.PageAsync(page)).QuerySelector("#cle-authentification")?.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant() ?? "";
        var code = new Totp(Base32Encoding.ToBytes(cle)).ComputeTotp();
        var reponse = await navigateur.SoumettreAsync(page, new Dictionary<string, string> { ["Saisie.Code"] = code });
        Assert.Equal("/", reponse.Headers.Location?.OriginalString);
    }

    private async Task RienNAEteCreeAsync(string code, string nomAdministrateur)
    {
        Assert.False(await app.DansDepartementAsync("49", db => db.Departements.AnyAsync(d => d.Code == code)));
        Assert.False(await app.DansDepartementAsync("49", db => db.Users.AnyAsync(u => u.Nom == nomAdministrateur)));
        Assert.False(await app.DansDepartementAsync("49", db => db.Audit.IgnoreQueryFilters().AnyAsync(a =>
            a.ObjetId == code || (a.Objet == "Utilisateur" && a.Action == AuditActions.Creation && !db.Users.Any(u => u.Id == a.ObjetId)))));
    }
}
