using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Utilisateurs;

public sealed class CreationCompteTests(Application app) : IClassFixture<Application>
{
    private const string Page = "/administration/utilisateurs/nouveau";

    private static Dictionary<string, string> Saisie(string nom, string email, string role, string structure = "", string territoire = "", string motDePasse = "Nouveau-Compte-2026!") => new()
    {
        ["Saisie.Prenom"] = "Zoé",
        ["Saisie.Nom"] = nom,
        ["Saisie.Email"] = email,
        ["Saisie.MotDePasse"] = motDePasse,
        ["Saisie.Habilitation.Role"] = role,
        ["Saisie.Habilitation.StructureId"] = structure,
        ["Saisie.Habilitation.TerritoireId"] = territoire,
    };

    private Task<int> CcasAsync(string departement) =>
        app.DansDepartementAsync(departement, db => db.Structures.Where(s => s.Type == TypeStructure.CcasCias).Select(s => s.Id).FirstAsync());

    private Task<int> ComptesNommesAsync(string nom) =>
        app.DansDepartementAsync("49", db => db.Users.CountAsync(u => u.Nom == nom));

    [Fact]
    public async Task Creation_valide_cree_le_compte_du_departement_avec_son_habilitation_et_la_journalise()
    {
        var nom = $"Créé-{Guid.NewGuid():N}";
        var email = $"zoe-{Guid.NewGuid():N}@49.passerelle.test";
        var ccas = await CcasAsync("49");
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        var reponse = await admin.SoumettreAsync(Page, Saisie(nom, email, nameof(Role.Referent), ccas.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var (compte, habilitations, journal) = await app.DansDepartementAsync("49", async db =>
        {
            var u = await db.UtilisateursDuDepartement().SingleAsync(x => x.Nom == nom);
            return (u, await db.Habilitations.Where(h => h.UtilisateurId == u.Id).ToListAsync(),
                await db.Audit.Where(a => a.Action == AuditActions.Creation && a.Objet == "Utilisateur" && a.ObjetId == u.Id).ToListAsync());
        });
        Assert.Equal($"/administration/utilisateurs/{compte.Id}", Refus.Chemin(reponse));
        Assert.Equal(email, compte.Email);
        Assert.True(compte.Actif);
        var habilitation = Assert.Single(habilitations);
        Assert.Equal((Role.Referent, (int?)ccas, (int?)null), (habilitation.Role, habilitation.StructureId, habilitation.TerritoireId));
        Assert.Equal("admin@49.passerelle.test", Assert.Single(journal).Utilisateur);
        using var nouveau = Navigateur.Anonyme(app);
        var connexion = await nouveau.SoumettreAsync("/connexion", new Dictionary<string, string> { ["Saisie.Email"] = email, ["Saisie.MotDePasse"] = "Nouveau-Compte-2026!" });
        Assert.Equal("/", connexion.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Creation_avec_une_adresse_deja_utilisee_dans_un_autre_departement_est_refusee()
    {
        var nom = $"Doublon-{Guid.NewGuid():N}";
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var reponse = await admin.SoumettreAsync(Page, Saisie(nom, "AGENT@37.passerelle.test", nameof(Role.Lecteur)));
        var page = await Navigateur.DocumentAsync(reponse);
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal(ErreursCompte.EmailDejaUtilise, page.QuerySelector("#Saisie_Email-erreur")?.TextContent);
        Assert.NotNull(page.QuerySelector("[role=alert]"));
        Assert.Equal(0, await ComptesNommesAsync(nom));
    }

    [Fact]
    public async Task Creation_avec_un_mot_de_passe_faible_est_refusee_avec_les_regles_en_francais()
    {
        var nom = $"Faible-{Guid.NewGuid():N}";
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var reponse = await admin.SoumettreAsync(Page, Saisie(nom, $"faible-{Guid.NewGuid():N}@49.passerelle.test", nameof(Role.Lecteur), motDePasse: "court"));
        var erreur = (await Navigateur.DocumentAsync(reponse)).QuerySelector("#Saisie_MotDePasse-erreur")?.TextContent;
        Assert.Contains("au moins 12 caractères", erreur, StringComparison.Ordinal);
        Assert.Contains("au moins une majuscule", erreur, StringComparison.Ordinal);
        Assert.Equal(0, await ComptesNommesAsync(nom));
    }

    [Theory]
    [InlineData(nameof(Role.Referent), false, false, "Saisie_Habilitation_StructureId-erreur", "exige une structure")]
    [InlineData(nameof(Role.PiloteProgramme), true, false, "Saisie_Habilitation_StructureId-erreur", "ni structure ni territoire")]
    [InlineData(nameof(Role.AgentDepartemental), true, false, "Saisie_Habilitation_StructureId-erreur", "pas sur une structure")]
    [InlineData(nameof(Role.Administrateur), false, true, "Saisie_Habilitation_TerritoireId-erreur", "ni structure ni territoire")]
    [InlineData(nameof(Role.Beneficiaire), false, false, "Saisie_Habilitation_Role-erreur", "ne s'attribue pas")]
    [InlineData("", false, false, "Saisie_Habilitation_Role-erreur", "Choisissez un rôle")]
    public async Task Creation_avec_un_role_et_un_perimetre_incoherents_est_refusee(string role, bool avecStructure, bool avecTerritoire, string champ, string message)
    {
        var nom = $"Portee-{Guid.NewGuid():N}";
        var structure = avecStructure ? (await CcasAsync("49")).ToString() : "";
        var territoire = avecTerritoire ? (await app.DansDepartementAsync("49", db => db.Territoires.Select(t => t.Id).FirstAsync())).ToString() : "";
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var reponse = await admin.SoumettreAsync(Page, Saisie(nom, $"portee-{Guid.NewGuid():N}@49.passerelle.test", role, structure, territoire));
        Assert.Contains(message, (await Navigateur.DocumentAsync(reponse)).QuerySelector($"#{champ}")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await ComptesNommesAsync(nom));
    }

    [Fact]
    public async Task Creation_avec_une_structure_d_un_autre_departement_est_refusee()
    {
        var nom = $"Ailleurs-{Guid.NewGuid():N}";
        var ccas37 = await CcasAsync("37");
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var reponse = await admin.SoumettreAsync(Page, Saisie(nom, $"ailleurs-{Guid.NewGuid():N}@49.passerelle.test", nameof(Role.Referent), ccas37.ToString()));
        Assert.Equal("Choisissez une structure active de votre département.", (await Navigateur.DocumentAsync(reponse)).QuerySelector("#Saisie_Habilitation_StructureId-erreur")?.TextContent);
        Assert.Equal(0, await ComptesNommesAsync(nom));
    }

    [Fact]
    public async Task Formulaire_vide_reaffiche_chaque_erreur_sans_rien_creer()
    {
        var avant = await app.DansDepartementAsync("49", db => db.Users.CountAsync());
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var reponse = await admin.SoumettreAsync(Page, Saisie("", "pas-une-adresse", ""));
        var page = await Navigateur.DocumentAsync(reponse);
        Assert.Equal("Saisissez le nom.", page.QuerySelector("#Saisie_Nom-erreur")?.TextContent);
        Assert.Equal("L'adresse électronique n'est pas valide.", page.QuerySelector("#Saisie_Email-erreur")?.TextContent);
        Assert.Equal("Choisissez un rôle.", page.QuerySelector("#Saisie_Habilitation_Role-erreur")?.TextContent);
        Assert.Equal(avant, await app.DansDepartementAsync("49", db => db.Users.CountAsync()));
    }
}
