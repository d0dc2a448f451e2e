using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Utilisateurs;

public sealed class ModificationCompteTests(Application app) : IClassFixture<Application>
{
    private static string Page(string id) => $"/administration/utilisateurs/{id}/modifier";

    private static async Task<Dictionary<string, string>> FormulaireAsync(Navigateur admin, string id)
    {
        var page = await admin.PageAsync(Page(id));
        return page.QuerySelectorAll("form[method=post] input[name^='Saisie.']")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Modification_valide_enregistre_journalise_et_change_l_identifiant_de_connexion()
    {
        var (id, _) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Lecteur);
        var tampon = (await ComptesDeTest.CompteAsync(app, id)).SecurityStamp;
        var nouvelEmail = $"renomme-{Guid.NewGuid():N}@49.passerelle.test";
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var champs = await FormulaireAsync(admin, id);
        champs["Saisie.Nom"] = "Renommé";
        champs["Saisie.Email"] = nouvelEmail;

        var reponse = await admin.SoumettreAsync(Page(id), champs);

        Assert.Equal($"/administration/utilisateurs/{id}", Refus.Chemin(reponse));
        var compte = await ComptesDeTest.CompteAsync(app, id);
        Assert.Equal(("Renommé", nouvelEmail, nouvelEmail), (compte.Nom, compte.Email, compte.UserName));
        Assert.NotEqual(tampon, compte.SecurityStamp);
        var journal = await app.DansDepartementAsync("49", db => db.Audit.SingleAsync(a => a.Action == AuditActions.Modification && a.ObjetId == id));
        Assert.Equal("Champs modifiés : nom, adresse électronique", journal.Details);
        using var renomme = await ComptesDeTest.ConnecterAsync(app, nouvelEmail);
    }

    [Fact]
    public async Task Modification_avec_une_adresse_deja_utilisee_est_refusee()
    {
        var (id, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Lecteur);
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var champs = await FormulaireAsync(admin, id);
        champs["Saisie.Email"] = "pilote@49.passerelle.test";

        var reponse = await admin.SoumettreAsync(Page(id), champs);

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal(ErreursCompte.EmailDejaUtilise, (await Navigateur.DocumentAsync(reponse)).QuerySelector("#Saisie_Email-erreur")?.TextContent);
        Assert.Equal(email, (await ComptesDeTest.CompteAsync(app, id)).Email);
    }

    [Fact]
    public async Task Modification_faite_sur_un_formulaire_perime_est_refusee()
    {
        var (id, _) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Lecteur);
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var perime = await FormulaireAsync(admin, id);
        var recent = await FormulaireAsync(admin, id);
        recent["Saisie.Prenom"] = "Premier";
        await admin.SoumettreAsync(Page(id), recent);
        perime["Saisie.Prenom"] = "Second";

        var reponse = await admin.SoumettreAsync(Page(id), perime);

        Assert.Contains("modifié entre-temps", (await Navigateur.DocumentAsync(reponse)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Premier", (await ComptesDeTest.CompteAsync(app, id)).Prenom);
    }

    [Fact]
    public async Task Modification_avec_des_champs_vides_reaffiche_les_erreurs()
    {
        var (id, _) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Lecteur);
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var champs = await FormulaireAsync(admin, id);
        champs["Saisie.Prenom"] = "";

        var page = await Navigateur.DocumentAsync(await admin.SoumettreAsync(Page(id), champs));

        Assert.Equal("Saisissez le prénom.", page.QuerySelector("#Saisie_Prenom-erreur")?.TextContent);
        Assert.Equal("Test", (await ComptesDeTest.CompteAsync(app, id)).Prenom);
    }
}
