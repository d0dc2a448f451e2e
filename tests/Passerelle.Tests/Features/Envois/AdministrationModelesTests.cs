using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Platform.Audit;
using UglyToad.PdfPig;

namespace Passerelle.Tests.Features.Envois;

/// <summary>Each test edits a template no other test of this class edits: they share one database.</summary>
public sealed class AdministrationModelesTests(Application app) : IClassFixture<Application>
{
    private static Dictionary<string, string> Formulaire(string corps, int version = 0, string sms = "") => new()
    {
        ["Saisie.Libelle"] = "Mon modèle",
        ["Saisie.Objet"] = "Objet pour {{Nom}}",
        ["Saisie.Corps"] = corps,
        ["Saisie.SmsTexte"] = sms,
        ["Saisie.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private Task<ModeleCourrier?> ModeleAsync(string departement, string code) =>
        app.DansDepartementAsync(departement, db => db.Set<ModeleCourrier>().AsNoTracking().SingleOrDefaultAsync(m => m.Code == code));

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
    public async Task Pages_des_modeles_refusees_aux_roles_non_administrateurs(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        foreach (var url in new[] { "/administration/modeles", "/administration/modeles/invitation" })
            Refus.Refuse(await navigateur.GetAsync(url), url);
        var jeton = await ComptesDeTest.JetonAsync(navigateur, "/compte");
        Refus.Refuse(await navigateur.PosterAsync("/administration/modeles/invitation", Formulaire("Texte"), jeton), "POST");
        Assert.Null(await ModeleAsync("49", ModelesParDefaut.Invitation));
    }

    [Fact]
    public async Task Liste_sans_session_redirige_vers_la_connexion()
    {
        using var navigateur = Navigateur.Anonyme(app);
        Refus.VersConnexion(await navigateur.GetAsync("/administration/modeles"), "liste");
    }

    [Fact]
    public async Task Liste_montre_chaque_modele_et_la_page_d_edition_le_catalogue_des_champs()
    {
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var liste = await admin.PageAsync("/administration/modeles");
        Assert.Equal(ModelesParDefaut.Tous.Select(m => m.Libelle), liste.QuerySelectorAll("#modeles tbody th").Select(th => th.TextContent.Trim()));
        var page = await admin.PageAsync("/administration/modeles/rappel-rdv");
        Assert.Equal(ChampsFusion.Catalogue.Count, page.QuerySelectorAll("#champs-fusion li").Length);
        Assert.Contains("{{DateLimite}}", page.QuerySelector("#champs-fusion")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("{{DateRdv}}", page.QuerySelector("#Saisie_Corps")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/administration/modeles/inconnu")).StatusCode);
    }

    [Fact]
    public async Task Modification_est_enregistree_pour_le_departement_seul_et_journalisee()
    {
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var reponse = await admin.SoumettreAsync("/administration/modeles/relance-invitation",
            Formulaire("{{Civilite}},\nMerci de nous rappeler avant le {{DateLimite}}.", sms: "Rappelez {{Structure}}"));

        Assert.Equal("/administration/modeles", Refus.Chemin(reponse));
        var modele = await ModeleAsync("49", ModelesParDefaut.RelanceInvitation);
        Assert.Equal(("Mon modèle", "Rappelez {{Structure}}"), (modele!.Libelle, modele.SmsTexte));
        Assert.Null(await ModeleAsync("37", ModelesParDefaut.RelanceInvitation));
        var audit = await app.DansDepartementAsync("49", db => db.Audit.SingleAsync(a => a.Objet == nameof(ModeleCourrier) && a.ObjetId == ModelesParDefaut.RelanceInvitation));
        Assert.Equal(AuditActions.Creation, audit.Action);

        using var admin37 = await Navigateur.ConnecteAsync(app, "admin@37");
        var page37 = await admin37.PageAsync("/administration/modeles/relance-invitation");
        Assert.Equal(ModelesParDefaut.Trouver(ModelesParDefaut.RelanceInvitation)!.Libelle, page37.QuerySelector("#Saisie_Libelle")!.GetAttribute("value"));
        var liste = await admin.PageAsync("/administration/modeles");
        Assert.Contains("Personnalisé", liste.QuerySelectorAll("#modeles tbody tr").Single(tr => tr.TextContent.Contains("Mon modèle", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Champ_inconnu_est_refuse_avec_son_nom_et_rien_n_est_enregistre()
    {
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var reponse = await admin.SoumettreAsync("/administration/modeles/convocation", Formulaire("Bonjour {{Civilite}} {{Telephone}}"));

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var page = await Navigateur.DocumentAsync(reponse);
        Assert.Equal("Le champ de fusion {{Telephone}} n'existe pas. Utilisez un des champs de la liste.", page.QuerySelector("#Saisie_Corps-erreur")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#erreurs-formulaire"));
        Assert.Null(await ModeleAsync("49", ModelesParDefaut.Convocation));
        Assert.False(await app.DansDepartementAsync("49", db => db.Audit.AnyAsync(a => a.Objet == nameof(ModeleCourrier) && a.ObjetId == ModelesParDefaut.Convocation)));
    }

    [Fact]
    public async Task Apercu_donne_le_courrier_en_pdf_avec_des_donnees_d_exemple_sans_enregistrer()
    {
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var reponse = await admin.SoumettreAsync("/administration/modeles/rappel-rdv",
            Formulaire("{{Civilite}}, rendez-vous à {{HeureRdv}}."), "/administration/modeles/rappel-rdv?handler=Apercu");

        Assert.Equal("application/pdf", reponse.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await reponse.Content.ReadAsByteArrayAsync());
        var texte = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("Madame, rendez-vous à 9 h 30.", texte, StringComparison.Ordinal);
        Assert.Contains("Objet : Objet pour EXEMPLE", texte, StringComparison.Ordinal);
        Assert.Null(await ModeleAsync("49", ModelesParDefaut.RappelRdv));
    }

    [Fact]
    public async Task Modification_concurrente_est_refusee_et_retablir_rend_le_modele_par_defaut()
    {
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        const string url = "/administration/modeles/decision-orientation";
        await admin.SoumettreAsync(url, Formulaire("Première version {{TypeOrientation}}"));
        var version = (await ModeleAsync("49", ModelesParDefaut.DecisionOrientation))!.Version;
        await admin.SoumettreAsync(url, Formulaire("Deuxième version", version));

        var perimee = await admin.SoumettreAsync(url, Formulaire("Version périmée", version));
        Assert.Contains(Web.Features.Envois.Administration.ModifierModel.ModifieEntreTemps,
            (await Navigateur.DocumentAsync(perimee)).QuerySelector("#erreurs-formulaire")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Deuxième version", (await ModeleAsync("49", ModelesParDefaut.DecisionOrientation))!.Corps);

        await admin.SoumettreAsync(url, [], $"{url}?handler=Retablir");
        Assert.Null(await ModeleAsync("49", ModelesParDefaut.DecisionOrientation));
    }
}
