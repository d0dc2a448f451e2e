using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Orientation;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Sorties;
using static Passerelle.Tests.Features.Sorties.SortiesDeTest;

namespace Passerelle.Tests.Features.Sorties;

public sealed class SortiesTests(Application app) : IClassFixture<Application>
{
    private static DateOnly Aujourdhui => HeureDeTest.Aujourdhui;

    [Fact]
    public async Task Sortie_en_emploi_par_le_referent_clot_le_parcours_et_planifie_les_suivis_a_6_et_12_mois()
    {
        var p = await AccompagneeAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        var version = (await ParcoursDeTest.LireAsync(app, p.ParcoursId)).Version;
        var message = await AgirAsync(referent, p.PersonneId, "Enregistrer", Champ("Version", version), Champ("Motif", "Emploi"),
            Champ("TypeContrat", "Cdd"), Champ("DureeContratMois", 8), Champ("Situation", "RechercheEmploi"));
        Assert.StartsWith("Sortie enregistrée (Emploi)", message, StringComparison.Ordinal);

        var parcours = await ParcoursDeTest.LireAsync(app, p.ParcoursId);
        Assert.Equal((EtapeParcours.Clos, Aujourdhui, true, null), (parcours.Etape, parcours.DateCloture, parcours.SortieEnregistree, parcours.ReferentId));
        var sortie = (await SortieAsync(app, p.PersonneId))!;
        Assert.Equal((StatutSortie.Enregistree, MotifSortie.Emploi, TypeContratSortie.Cdd, 8, SituationEmploi.EmploiDurable),
            (sortie.Statut, sortie.Motif, sortie.TypeContrat, sortie.DureeContratMois, sortie.Situation));
        Assert.Equal([(6, Aujourdhui.AddMonths(6)), (12, Aujourdhui.AddMonths(12))], sortie.Suivis.OrderBy(s => s.Mois).Select(s => (s.Mois, s.Echeance)));

        // The référent still reaches the person for the follow-up, and the flux alone does not reopen the parcours.
        Assert.Equal(HttpStatusCode.OK, (await referent.GetAsync($"/personnes/{p.PersonneId}")).StatusCode);
        await ParcoursDeTest.SynchroniserAsync(app);
        Assert.False(await app.DansDepartementAsync("49", db => db.Set<Parcours>().AnyAsync(x => x.PersonneId == p.PersonneId && x.DateCloture == null)));
    }

    [Fact]
    public async Task Sortie_refusee_sans_contrat_date_future_version_perimee_ou_role_sans_droit()
    {
        var p = await AccompagneeAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        var version = (await ParcoursDeTest.LireAsync(app, p.ParcoursId)).Version;
        Assert.Equal("Pour une sortie en emploi, indiquez le type de contrat.",
            await AgirAsync(referent, p.PersonneId, "Enregistrer", Champ("Version", version), Champ("Motif", "Emploi")));
        Assert.Equal("Indiquez la durée du contrat en mois.",
            await AgirAsync(referent, p.PersonneId, "Enregistrer", Champ("Version", version), Champ("Motif", "Emploi"), Champ("TypeContrat", "Interim")));
        Assert.Equal("La date de sortie ne peut être dans le futur.", await AgirAsync(referent, p.PersonneId, "Enregistrer", Champ("Version", version),
            Champ("Motif", "Formation"), Champ("Situation", "Formation"), Champ("DateSortie", Aujourdhui.AddDays(1).ToString("yyyy-MM-dd"))));
        Assert.StartsWith("Cette personne vient d'être modifiée", await AgirAsync(referent, p.PersonneId, "Enregistrer", Champ("Version", version - 1),
            Champ("Motif", "Formation"), Champ("Situation", "Formation")), StringComparison.Ordinal);
        // A structure head sees the person (their structure's caseload) but may not end the accompaniment.
        using var responsable = await Navigateur.ConnecteAsync(app, "responsable@49");
        Assert.Equal("Votre rôle ne permet pas de enregistrer la sortie.", await AgirAsync(responsable, p.PersonneId, "Enregistrer", Champ("Version", version),
            Champ("Motif", "Formation"), Champ("Situation", "Formation")));
        // Another département's référent: the person does not exist for them.
        using var autre = await Navigateur.ConnecteAsync(app, "referent@37");
        Assert.Equal(HttpStatusCode.NotFound, (await autre.GetAsync($"/personnes/{p.PersonneId}")).StatusCode);
        Assert.Equal(EtapeParcours.Accompagne, (await ParcoursDeTest.LireAsync(app, p.ParcoursId)).Etape);
        Assert.Null(await SortieAsync(app, p.PersonneId));
    }

    [Fact]
    public async Task Fermeture_du_droit_par_le_flux_propose_la_sortie_que_le_referent_qualifie()
    {
        var p = await AccompagneeAsync(app);
        await app.DansDepartementAsync("49", db => db.Personnes.Where(x => x.Id == p.PersonneId).ExecuteUpdateAsync(s => s.SetProperty(x => x.EtatDroit, EtatsDroit.Clos)));
        await ParcoursDeTest.SynchroniserAsync(app);
        var proposee = (await SortieAsync(app, p.PersonneId))!;
        Assert.Equal((StatutSortie.Proposee, MotifSortie.FinDroit, Aujourdhui), (proposee.Statut, proposee.Motif, proposee.DateSortie));
        Assert.Empty(proposee.Suivis);

        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        var file = await referent.PageAsync("/sorties");
        Assert.Contains(file.QuerySelectorAll("#a-confirmer a"), a => a.GetAttribute("href") == $"/personnes/{p.PersonneId}#sortie-{proposee.Id}");
        Assert.Equal("Sortie confirmée (Emploi).", await AgirAsync(referent, p.PersonneId, "Qualifier", Champ("Ligne", proposee.Id), Champ("Version", proposee.Version),
            Champ("Motif", "Emploi"), Champ("TypeContrat", "Cdi")));
        var qualifiee = (await SortieAsync(app, p.PersonneId))!;
        Assert.Equal((StatutSortie.Enregistree, MotifSortie.Emploi, SituationEmploi.EmploiDurable, 2), (qualifiee.Statut, qualifiee.Motif, qualifiee.Situation, qualifiee.Suivis.Count));
        Assert.Equal("Cette sortie est déjà enregistrée.", await AgirAsync(referent, p.PersonneId, "Qualifier", Champ("Ligne", proposee.Id), Champ("Version", qualifiee.Version),
            Champ("Motif", "Autre"), Champ("Situation", "Inconnue")));
    }

    [Fact]
    public async Task Retour_dans_les_12_mois_reprend_le_parcours_et_le_relie_a_la_sortie()
    {
        var p = await AccompagneeAsync(app);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var version = (await ParcoursDeTest.LireAsync(app, p.ParcoursId)).Version;
        var dateSortie = Aujourdhui.AddMonths(-3);
        Assert.StartsWith("Sortie enregistrée", await AgirAsync(agent, p.PersonneId, "Enregistrer", Champ("Version", version), Champ("Motif", "Demenagement"),
            Champ("Situation", "Inconnue"), Champ("DateSortie", dateSortie.ToString("yyyy-MM-dd"))), StringComparison.Ordinal);
        // The person comes back: the flux records a new entry after the exit.
        await app.DansDepartementAsync("49", db => db.Personnes.Where(x => x.Id == p.PersonneId).ExecuteUpdateAsync(s => s.SetProperty(x => x.DateEntree, Aujourdhui)));
        await ParcoursDeTest.SynchroniserAsync(app);

        var repris = await ParcoursDeTest.LireAsync(app, p.ParcoursId);
        Assert.Equal((null, false, Aujourdhui, EtapeParcours.SansReferent), (repris.DateCloture, repris.SortieEnregistree, repris.DateReprise, repris.Etape));
        var page = await agent.PageAsync($"/personnes/{p.PersonneId}");
        Assert.Contains("Revenue dans le parcours le", page.QuerySelector("#sortie .retour")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sans objet : retour dans le parcours", page.QuerySelector("#sortie")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suivi_a_6_mois_apparait_dans_les_echeances_du_referent_et_s_enregistre_le_suivi_a_12_mois_attend()
    {
        var p = await AccompagneeAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        var version = (await ParcoursDeTest.LireAsync(app, p.ParcoursId)).Version;
        var dateSortie = Aujourdhui.AddMonths(-6).AddDays(-2);
        await AgirAsync(referent, p.PersonneId, "Enregistrer", Champ("Version", version), Champ("Motif", "Formation"), Champ("Situation", "Formation"),
            Champ("DateSortie", dateSortie.ToString("yyyy-MM-dd")));
        var suivis = (await SortieAsync(app, p.PersonneId))!.Suivis.OrderBy(s => s.Mois).ToList();
        Assert.Equal([dateSortie.AddMonths(6), dateSortie.AddMonths(12)], suivis.Select(s => s.Echeance));

        var accueil = await referent.PageAsync("/");
        Assert.Contains(accueil.QuerySelectorAll("#echeances tbody tr"), l => l.TextContent.Contains(p.Nom, StringComparison.Ordinal) && l.TextContent.Contains("Suivi à 6 mois", StringComparison.Ordinal));
        Assert.StartsWith("Le suivi à 12 mois se saisit à partir du", await AgirAsync(referent, p.PersonneId, "Suivi", Champ("Ligne", suivis[1].Id), Champ("Version", suivis[1].Version),
            Champ("Situation", "EmploiDurable")), StringComparison.Ordinal);
        Assert.Equal("Suivi à 6 mois enregistré.", await AgirAsync(referent, p.PersonneId, "Suivi", Champ("Ligne", suivis[0].Id), Champ("Version", suivis[0].Version),
            Champ("Situation", "EmploiDurable")));
        var apres = await referent.PageAsync("/");
        Assert.DoesNotContain(apres.QuerySelectorAll("#echeances tbody tr"), l => l.TextContent.Contains(p.Nom, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Regles_du_departement_fixent_les_delais_de_suivi_et_un_deces_n_en_a_aucun()
    {
        var regles = new ReglesSortie { PremierSuiviMois = 3, SecondSuiviMois = null };
        var date = new DateOnly(2026, 1, 31);
        Assert.Equal([(3, new DateOnly(2026, 4, 30))], RegleSortie.Suivis(MotifSortie.Emploi, date, regles));
        Assert.Equal([(6, new DateOnly(2026, 7, 31)), (12, new DateOnly(2027, 1, 31))], RegleSortie.Suivis(MotifSortie.Autre, date, new ReglesSortie()));
        Assert.Empty(RegleSortie.Suivis(MotifSortie.Deces, date, new ReglesSortie()));
    }
}
