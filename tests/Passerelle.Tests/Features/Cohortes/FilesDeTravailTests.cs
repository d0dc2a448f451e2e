using AngleSharp.Html.Dom;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Features.Dossiers;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Cohortes;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Cohortes.DonneesCohortes;

namespace Passerelle.Tests.Features.Cohortes;

public sealed class FilesDeTravailTests(Application app) : IClassFixture<Application>
{
    private static List<string> Noms(IHtmlDocument page) =>
        page.QuerySelectorAll("#cohorte tbody th").Select(th => th.TextContent.Trim()).ToList();

    private async Task<IHtmlDocument> FileAsync(string file, string requete, string login = "agent@49")
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        return await navigateur.PageAsync($"/cohortes/{file}?{requete}");
    }

    [Fact]
    public async Task Chaque_file_contient_les_parcours_ouverts_de_sa_regle()
    {
        var (territoire, nom) = await CreerTerritoireAsync(app);
        var j = Aujourdhui;
        var aInviter = await CreerAsync(app, nom, p => p.Etape = EtapeParcours.AInviter);
        var invite = await CreerAsync(app, nom, p => p.Etape = EtapeParcours.Invite);
        var aOrienter = await CreerAsync(app, nom, p => p.Etape = EtapeParcours.AOrienter);
        var proposee = await CreerAsync(app, nom, p => (p.Etape, p.TypeOrientation) = (EtapeParcours.OrientationProposee, TypeOrientation.Sociale));
        var sansReferent = await CreerAsync(app, nom, p => (p.Etape, p.DateOrientation, p.EcheancePremierRdv, p.EcheanceContrat) = (EtapeParcours.SansReferent, j, j.AddDays(14), j.AddDays(28)));
        var reorientation = await CreerAsync(app, nom, p => (p.Etape, p.DateOrientation, p.EcheancePremierRdv, p.EcheanceContrat, p.DatePremierRdvReferent, p.DateContrat) = (EtapeParcours.ReorientationDemandee, j.AddDays(-90), j.AddDays(-76), j.AddDays(-62), j.AddDays(-80), j.AddDays(-70)));
        var retardOrientation = await CreerAsync(app, nom, p => (p.Etape, p.EcheanceOrientation) = (EtapeParcours.Invite, j.AddDays(-3)));
        var echeanceDuJour = await CreerAsync(app, nom, p => (p.Etape, p.EcheanceOrientation) = (EtapeParcours.Invite, j));
        var retardRdv = await CreerAsync(app, nom, p => (p.Etape, p.DateOrientation, p.EcheancePremierRdv, p.EcheanceContrat) = (EtapeParcours.Accompagne, j.AddDays(-30), j.AddDays(-16), j.AddDays(1)));
        var retardContrat = await CreerAsync(app, nom, p => (p.Etape, p.DateOrientation, p.DatePremierRdvReferent, p.EcheancePremierRdv, p.EcheanceContrat) = (EtapeParcours.Accompagne, j.AddDays(-40), j.AddDays(-35), j.AddDays(-26), j.AddDays(-12)));
        var clos = await CreerAsync(app, nom, p => (p.Etape, p.DateCloture, p.EcheanceOrientation) = (EtapeParcours.Clos, j.AddDays(-1), j.AddDays(-20)));

        async Task Contient(FileDeTravail file, params ParcoursDeTest[] attendus) =>
            Assert.Equal(attendus.Select(a => a.NomComplet).Order(), Noms(await FileAsync(file.Code, $"Filtre.TerritoireId={territoire}")).Order());

        await Contient(FilesDeTravail.AInviter, aInviter);
        await Contient(FilesDeTravail.Invites, invite, retardOrientation, echeanceDuJour);
        await Contient(FilesDeTravail.AOrienter, aOrienter);
        await Contient(FilesDeTravail.AValider, proposee);
        await Contient(FilesDeTravail.SansReferent, sansReferent);
        await Contient(FilesDeTravail.Reorientations, reorientation);
        await Contient(FilesDeTravail.RetardOrientation, retardOrientation);
        await Contient(FilesDeTravail.RetardPremierRdv, retardRdv);
        await Contient(FilesDeTravail.RetardContrat, retardContrat);
        Assert.DoesNotContain(clos.NomComplet, Noms(await FileAsync(FilesDeTravail.RetardOrientation.Code, $"Filtre.TerritoireId={territoire}")));
    }

    [Fact]
    public async Task File_en_retard_affiche_les_jours_de_retard_de_son_echeance()
    {
        var (territoire, nom) = await CreerTerritoireAsync(app);
        var j = Aujourdhui;
        await CreerAsync(app, nom, p => (p.Etape, p.DateOrientation, p.DatePremierRdvReferent, p.EcheancePremierRdv, p.EcheanceContrat) = (EtapeParcours.Accompagne, j.AddDays(-40), j.AddDays(-35), j.AddDays(-26), j.AddDays(-12)));
        await CreerAsync(app, nom, p => (p.Etape, p.DateOrientation, p.DatePremierRdvReferent, p.EcheancePremierRdv, p.EcheanceContrat) = (EtapeParcours.Accompagne, j.AddDays(-40), j.AddDays(-35), j.AddDays(-26), j.AddDays(-1)));
        var page = await FileAsync(FilesDeTravail.RetardContrat.Code, $"Filtre.TerritoireId={territoire}");
        Assert.Equal(["12 jours", "1 jour"], page.QuerySelectorAll("#cohorte tbody td.retard").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task Vue_d_ensemble_compte_chaque_file_dans_le_perimetre()
    {
        var (territoire, nom) = await CreerTerritoireAsync(app);
        var (email, _) = await AgentDuTerritoireAsync(territoire);
        await CreerAsync(app, nom, p => p.Etape = EtapeParcours.AInviter);
        await CreerAsync(app, nom, p => p.Etape = EtapeParcours.AInviter);
        await CreerAsync(app, nom, p => (p.Etape, p.EcheanceOrientation) = (EtapeParcours.AOrienter, Aujourdhui.AddDays(-5)));
        using var navigateur = await ComptesDeTest.ConnecterAsync(app, email);
        var page = await navigateur.PageAsync("/cohortes");
        string Nombre(FileDeTravail f) => page.QuerySelector($"#file-{f.Code} .nombre")!.TextContent.Trim();
        Assert.Equal("2", Nombre(FilesDeTravail.AInviter));
        Assert.Equal("1", Nombre(FilesDeTravail.AOrienter));
        Assert.Equal("1", Nombre(FilesDeTravail.RetardOrientation));
        Assert.Equal("0", Nombre(FilesDeTravail.AValider));
        Assert.Equal($"/cohortes/{FilesDeTravail.AInviter.Code}", page.QuerySelector($"#file-{FilesDeTravail.AInviter.Code} a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Agent_de_territoire_ne_voit_que_son_territoire()
    {
        var (territoire, nom) = await CreerTerritoireAsync(app);
        var (_, autre) = await CreerTerritoireAsync(app);
        var (email, _) = await AgentDuTerritoireAsync(territoire);
        var chezLui = await CreerAsync(app, nom, p => p.Etape = EtapeParcours.AOrienter);
        var ailleurs = await CreerAsync(app, autre, p => p.Etape = EtapeParcours.AOrienter);
        using var navigateur = await ComptesDeTest.ConnecterAsync(app, email);
        var noms = Noms(await navigateur.PageAsync($"/cohortes/{FilesDeTravail.AOrienter.Code}?tri=nom"));
        Assert.Contains(chezLui.NomComplet, noms);
        Assert.DoesNotContain(ailleurs.NomComplet, noms);
        Assert.Equal("1", (await navigateur.PageAsync("/cohortes")).QuerySelector($"#file-{FilesDeTravail.AOrienter.Code} .nombre")!.TextContent.Trim());
        // Asking for another territoire by its id is refused, not silently widened.
        var refus = await navigateur.PageAsync($"/cohortes/{FilesDeTravail.AOrienter.Code}?Filtre.TerritoireId={(await CreerTerritoireAsync(app)).Id}");
        Assert.Contains("pas dans votre périmètre", refus.QuerySelector("#Filtre_TerritoireId-erreur")?.TextContent, StringComparison.Ordinal);
        Assert.Null(refus.QuerySelector("#cohorte"));
    }

    [Fact]
    public async Task Filtres_commune_structure_entree_age_et_foyer()
    {
        var (territoire, nom) = await CreerTerritoireAsync(app);
        var j = Aujourdhui;
        var structure = await DonneesStructuresAsync();
        var jeune = await CreerAsync(app, nom, p => p.Etape = EtapeParcours.AOrienter, naissance: j.AddYears(-22), codeInsee: "49099");
        var couple = await CreerAsync(app, nom, p => (p.Etape, p.DateEntree) = (EtapeParcours.AOrienter, j.AddDays(-100)), naissance: j.AddYears(-45),
            foyer: [new PersonneDeTest("CONJOINT", "SAM", new DateOnly(1980, 1, 1), Role: "CJT")]);
        var parent = await CreerAsync(app, nom, p => (p.Etape, p.StructureId) = (EtapeParcours.AOrienter, structure), naissance: j.AddYears(-35),
            foyer: [new PersonneDeTest("ENFANT", "LOU", new DateOnly(2018, 1, 1), Role: "ENF", Sdd: false)]);
        async Task<List<string>> Filtrer(string filtre) =>
            Noms(await FileAsync(FilesDeTravail.AOrienter.Code, $"Filtre.TerritoireId={territoire}&{filtre}")).Order().ToList();

        Assert.Equal([jeune.NomComplet], await Filtrer("Filtre.Commune=49099"));
        Assert.Equal([parent.NomComplet], await Filtrer($"Filtre.StructureId={structure}"));
        Assert.Equal([couple.NomComplet], await Filtrer($"Filtre.EntreeAu={j.AddDays(-50):yyyy-MM-dd}"));
        Assert.Equal(new[] { jeune.NomComplet, parent.NomComplet }.Order(), await Filtrer($"Filtre.EntreeDu={j.AddDays(-50):yyyy-MM-dd}"));
        Assert.Equal([jeune.NomComplet], await Filtrer("Filtre.Age=MoinsDe25"));
        Assert.Equal([couple.NomComplet], await Filtrer("Filtre.Age=De40A49"));
        Assert.Equal([jeune.NomComplet], await Filtrer("Filtre.Foyer=Seul"));
        Assert.Equal([couple.NomComplet], await Filtrer("Filtre.Foyer=Couple"));
        Assert.Equal([parent.NomComplet], await Filtrer("Filtre.Foyer=AvecEnfants"));
        var erreur = await FileAsync(FilesDeTravail.AOrienter.Code, $"Filtre.EntreeDu={j:yyyy-MM-dd}&Filtre.EntreeAu={j.AddDays(-1):yyyy-MM-dd}");
        Assert.NotNull(erreur.QuerySelector("#Filtre_EntreeAu-erreur"));
    }

    [Fact]
    public async Task Tri_par_echeance_entree_et_nom_et_pagination()
    {
        var (territoire, nom) = await CreerTerritoireAsync(app);
        var j = Aujourdhui;
        var crees = new List<ParcoursDeTest>();
        for (var i = 0; i < 23; i++)
        {
            var rang = i;
            crees.Add(await CreerAsync(app, nom, p => (p.Etape, p.EcheanceOrientation, p.EcheanceProchaine, p.DateEntree) =
                (EtapeParcours.Invite, j.AddDays(rang), j.AddDays(rang), j.AddDays(-rang))));
        }
        var filtre = $"Filtre.TerritoireId={territoire}";
        var premiere = await FileAsync(FilesDeTravail.Invites.Code, filtre);
        Assert.Equal("23 personne(s) dans cette file", premiere.QuerySelector("#nombre-resultats")!.TextContent.Trim());
        Assert.Equal(crees.Take(20).Select(c => c.NomComplet), Noms(premiere));
        Assert.Equal(crees.Skip(20).Select(c => c.NomComplet), Noms(await FileAsync(FilesDeTravail.Invites.Code, filtre + "&numero=2")));
        Assert.Equal(crees.Skip(20).Select(c => c.NomComplet).Reverse(), Noms(await FileAsync(FilesDeTravail.Invites.Code, filtre + "&tri=echeance&sens=desc")).Take(3));
        Assert.Equal(crees.Skip(20).Select(c => c.NomComplet).Reverse(), Noms(await FileAsync(FilesDeTravail.Invites.Code, filtre + "&tri=entree")).Take(3));
        Assert.Equal(crees.Select(c => c.NomComplet).Order(StringComparer.Ordinal).Take(20), Noms(await FileAsync(FilesDeTravail.Invites.Code, filtre + "&tri=nom")));
        Assert.All(premiere.QuerySelectorAll("#cohorte tbody th a"), a => Assert.StartsWith("/personnes/", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Files_refusees_aux_roles_non_agents_et_file_inconnue_introuvable()
    {
        foreach (var login in new[] { "referent@49", "responsable@49", "operateur@49", "admin@49", "pilote@49", "lecteur@49", "beneficiaire@49" })
        {
            using var navigateur = await Navigateur.ConnecteAsync(app, login);
            Refus.Refuse(await navigateur.GetAsync("/cohortes"), $"/cohortes pour {login}");
            Refus.Refuse(await navigateur.GetAsync($"/cohortes/{FilesDeTravail.AInviter.Code}"), $"file pour {login}");
        }
        using var anonyme = Navigateur.Anonyme(app);
        Refus.VersConnexion(await anonyme.GetAsync("/cohortes"), "/cohortes anonyme");
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await agent.GetAsync("/cohortes/inconnue")).StatusCode);
    }

    [Fact]
    public async Task Agent_d_un_autre_departement_ne_peut_viser_un_territoire_du_49()
    {
        var (territoire, nom) = await CreerTerritoireAsync(app);
        await CreerAsync(app, nom, p => p.Etape = EtapeParcours.AOrienter);
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@37");
        var page = await navigateur.PageAsync($"/cohortes/{FilesDeTravail.AOrienter.Code}?Filtre.TerritoireId={territoire}");
        Assert.Contains("pas dans votre périmètre", page.QuerySelector("#Filtre_TerritoireId-erreur")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#cohorte"));
    }

    private async Task<(string Email, string Id)> AgentDuTerritoireAsync(int territoire)
    {
        var (id, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.AgentDepartemental, territoireId: territoire);
        return (email, id);
    }

    private Task<int> DonneesStructuresAsync() =>
        app.DansDepartementAsync("49", db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Structures.Select(s => s.Id)));
}
