using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Accueil;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Cohortes.DonneesCohortes;

namespace Passerelle.Tests.Features.Accueil;

public sealed class EcheancesAccueilTests(Application app) : IClassFixture<Application>
{
    private static List<string> Noms(IHtmlDocument page) =>
        page.QuerySelectorAll("#echeances tbody th").Select(th => th.TextContent.Trim()).ToList();

    private static string Compte(IHtmlDocument page) => page.QuerySelector("#echeances .compte")!.TextContent.Trim();

    [Fact]
    public async Task Agent_voit_les_echeances_depassees_et_de_la_semaine_de_son_territoire()
    {
        var (territoire, nom) = await CreerTerritoireAsync(app);
        var (_, ailleurs) = await CreerTerritoireAsync(app);
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.AgentDepartemental, territoireId: territoire);
        var j = Aujourdhui;
        var enRetard = await CreerAsync(app, nom, p => (p.EcheanceOrientation, p.EcheanceProchaine) = (j.AddDays(-4), j.AddDays(-4)));
        var cetteSemaine = await CreerAsync(app, nom, p => (p.EcheanceOrientation, p.EcheanceProchaine) = (j.AddDays(6), j.AddDays(6)));
        var plusTard = await CreerAsync(app, nom, p => (p.EcheanceOrientation, p.EcheanceProchaine) = (j.AddDays(20), j.AddDays(20)));
        var horsTerritoire = await CreerAsync(app, ailleurs, p => (p.EcheanceOrientation, p.EcheanceProchaine) = (j.AddDays(-4), j.AddDays(-4)));

        using var navigateur = await ComptesDeTest.ConnecterAsync(app, email);
        var page = await navigateur.PageAsync("/");

        Assert.Equal("Dans votre périmètre", page.QuerySelector("#echeances h3")!.TextContent.Trim());
        Assert.Equal("1 en retard, 1 dans les 7 jours", Compte(page));
        Assert.Equal([enRetard.NomComplet, cetteSemaine.NomComplet], Noms(page));
        Assert.Equal("4 jours", page.QuerySelector("#echeances tbody td.retard")!.TextContent.Trim());
        Assert.Equal($"/personnes/{enRetard.PersonneId}", page.QuerySelector("#echeances tbody th a")!.GetAttribute("href"));
        Assert.DoesNotContain(plusTard.NomComplet, Noms(page));
        Assert.DoesNotContain(horsTerritoire.NomComplet, Noms(page));
    }

    [Fact]
    public async Task Referent_voit_son_portefeuille_seulement()
    {
        var (_, nom) = await CreerTerritoireAsync(app);
        var structure = await app.DansDepartementAsync("49", db => db.Structures.Select(s => s.Id).FirstAsync());
        var (referent, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Referent, structureId: structure);
        var (autre, _) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Referent, structureId: structure);
        var j = Aujourdhui;
        void Accompagne(Parcours p, string referentId, int jours) =>
            (p.Etape, p.ReferentId, p.DateOrientation, p.EcheancePremierRdv, p.EcheanceContrat, p.EcheanceProchaine, p.TypeEcheanceProchaine) =
            (EtapeParcours.Accompagne, referentId, j.AddDays(-20), j.AddDays(jours), j.AddDays(30), j.AddDays(jours), TypeEcheance.PremierRdv);
        var sienne = await CreerAsync(app, nom, p => Accompagne(p, referent, -2));
        var prochaine = await CreerAsync(app, nom, p => Accompagne(p, referent, 3));
        var autreReferent = await CreerAsync(app, nom, p => Accompagne(p, autre, -2));

        using var navigateur = await ComptesDeTest.ConnecterAsync(app, email);
        var page = await navigateur.PageAsync("/");

        Assert.Equal("Votre portefeuille", page.QuerySelector("#echeances h3")!.TextContent.Trim());
        Assert.Equal("1 en retard, 1 dans les 7 jours", Compte(page));
        Assert.Equal([sienne.NomComplet, prochaine.NomComplet], Noms(page));
        Assert.DoesNotContain(autreReferent.NomComplet, Noms(page));
        Assert.Contains("Premier rendez-vous", page.QuerySelector("#echeances tbody td")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_sans_personnes_n_ont_pas_de_bloc_echeances()
    {
        foreach (var login in new[] { "admin@49", "pilote@49", "operateur@49" })
        {
            using var navigateur = await Navigateur.ConnecteAsync(app, login);
            Assert.Null((await navigateur.PageAsync("/")).QuerySelector("#echeances"));
        }
    }

    [Fact]
    public async Task Recapitulatif_quotidien_demande_puis_compose_sans_nom()
    {
        var (territoire, nom) = await CreerTerritoireAsync(app);
        var (id, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.AgentDepartemental, territoireId: territoire);
        var j = Aujourdhui;
        var parcours = await CreerAsync(app, nom, p => (p.EcheanceOrientation, p.EcheanceProchaine) = (j.AddDays(-1), j.AddDays(-1)));
        using var navigateur = await ComptesDeTest.ConnecterAsync(app, email);

        var reponse = await navigateur.SoumettreAsync("/", [new("actif", "true")], "/?handler=Digest");
        Assert.Equal("/", Refus.Chemin(reponse));
        Assert.Contains("Ne plus recevoir", (await navigateur.PageAsync("/")).QuerySelector("#digest")!.TextContent, StringComparison.Ordinal);

        await using var scope = app.Services.CreateAsyncScope();
        var digest = scope.ServiceProvider.GetRequiredService<DigestEcheances>();
        var abonne = Assert.Single(await digest.AbonnesAsync(CancellationToken.None), a => a.UtilisateurId == id);
        Assert.Equal(email, abonne.Email);
        scope.ServiceProvider.GetRequiredService<TenantContext>().Utiliser(abonne.DepartementId);
        var message = await digest.ComposerAsync(id, CancellationToken.None);
        Assert.NotNull(message);
        Assert.Equal("Passerelle : 1 échéance(s) dépassée(s), 0 cette semaine", message.Sujet);
        Assert.Contains("Dans votre périmètre : 1 en retard, 0 dans les 7 jours.", message.Corps, StringComparison.Ordinal);
        Assert.DoesNotContain(parcours.Nom, message.Corps, StringComparison.Ordinal);

        await navigateur.SoumettreAsync("/", [new("actif", "false")], "/?handler=Digest");
        Assert.DoesNotContain(await digest.AbonnesAsync(CancellationToken.None), a => a.UtilisateurId == id);
    }
}
