using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Sorties;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Prescriptions;
using Passerelle.Web.Features.Sorties;
using static Passerelle.Tests.Features.Prescriptions.PrescriptionsDeTest;

namespace Passerelle.Tests.Features.Prescriptions;

/// <summary>From the référent's prescription to the exit and its follow-up, and every refusal on the way.</summary>
public sealed class PrescriptionsTests(Application app) : IClassFixture<Application>
{
    private static string Jour(DateOnly jour) => jour.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Referent_prescrit_l_operateur_lit_le_partage_accepte_fait_entrer_pointe_et_sort_en_emploi_durable()
    {
        var action = await ActionPubliee(places: 5);
        var p = await SortiesDeTest.AccompagneeAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        var personne = await referent.PageAsync($"/personnes/{p.PersonneId}");
        Assert.Contains($"/offre?personne={p.PersonneId}", personne.QuerySelector("#chercher-action")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotNull((await referent.PageAsync($"/offre/actions/{action}?personne={p.PersonneId}")).QuerySelector("#prescrire"));
        Assert.Null(await PrescrireAsync(referent, p.PersonneId, action, Champ("Telephone", true), Champ("Message", "Disponible le matin.")));
        var prescription = await DerniereAsync(app, p.PersonneId);
        Assert.Equal((StatutPrescription.Envoyee, true), (prescription.Statut, prescription.BeneficiaireRsa));
        Assert.Null(prescription.Partage.DateNaissance);
        Assert.Contains("Envoyée", (await referent.PageAsync($"/personnes/{p.PersonneId}")).QuerySelector("#prescriptions")?.TextContent, StringComparison.Ordinal);

        using var operateur = await Navigateur.ConnecteAsync(app, "operateur@49");
        Assert.Contains(prescription.Partage.Nom, (await operateur.PageAsync("/prescriptions")).QuerySelector("#prescriptions")?.TextContent ?? "", StringComparison.OrdinalIgnoreCase);
        var fiche = await operateur.PageAsync($"/prescriptions/{prescription.Id}");
        var partage = fiche.QuerySelector("#partage")!.TextContent;
        Assert.Contains("Disponible le matin.", partage, StringComparison.Ordinal);
        Assert.DoesNotContain("Date de naissance", partage, StringComparison.Ordinal);

        Assert.Contains("acceptée", await AgirAsync(app, operateur, prescription.Id, "Repondre", Champ("acte", "Accepter")), StringComparison.Ordinal);
        Assert.Contains("précéder la prescription", await AgirAsync(app, operateur, prescription.Id, "Entrer", Champ("date", Jour(HeureDeTest.Aujourdhui.AddDays(-7)))), StringComparison.Ordinal);
        // Sent ten days ago: the person entered a week ago.
        await app.DansDepartementAsync("49", db => db.Set<Prescription>().Where(x => x.Id == prescription.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.PrescriteLe, x => x.PrescriteLe.AddDays(-10))));
        var entree = HeureDeTest.Aujourdhui.AddDays(-7);
        Assert.Contains("Entrée enregistrée", await AgirAsync(app, operateur, prescription.Id, "Entrer", Champ("date", Jour(entree))), StringComparison.Ordinal);
        var feuille = $"/prescriptions/presences?action={action}&jour={Jour(entree.AddDays(1))}";
        var reponse = await operateur.SoumettreAsync(feuille, [Champ($"presence[{prescription.Id}]", "Absent")]);
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        await operateur.SoumettreAsync($"/prescriptions/presences?action={action}&jour={Jour(entree.AddDays(2))}", [Champ($"presence[{prescription.Id}]", "Present")]);
        Assert.Contains("Sortie enregistrée", await AgirAsync(app, operateur, prescription.Id, "Sortir", Champ("date", Jour(HeureDeTest.Aujourdhui)), Champ("type", "EmploiDurable")), StringComparison.Ordinal);

        var finale = await DerniereAsync(app, p.PersonneId);
        Assert.Equal((StatutPrescription.Terminee, TypeSortieAction.EmploiDurable, entree), (finale.Statut, finale.TypeSortie, finale.DateEntree!.Value));
        Assert.Equal([StatutPresence.Absent, StatutPresence.Present], finale.Presences.OrderBy(x => x.Date).Select(x => x.Statut));
        Assert.Contains("Sortie de l'action", (await referent.PageAsync($"/personnes/{p.PersonneId}")).QuerySelector("#prescriptions")?.TextContent, StringComparison.Ordinal);
        // The situation 3 months after the exit is not due yet.
        Assert.Contains("à partir du", await AgirAsync(app, operateur, prescription.Id, "Situation", Champ("mois", 3), Champ("situation", "EmploiDurable")), StringComparison.Ordinal);
        Assert.Contains("impossible", await AgirAsync(app, operateur, prescription.Id, "Sortir", Champ("type", "Autre")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operateur_refuse_avec_un_motif_de_la_liste_et_le_referent_le_lit()
    {
        var (_, personne, id) = await EnvoyeeAsync(app);
        using var operateur = await Navigateur.ConnecteAsync(app, "operateur@49");
        Assert.Contains("motif du refus", await AgirAsync(app, operateur, id, "Repondre", Champ("acte", "Refuser")), StringComparison.Ordinal);
        Assert.Contains("liste d'attente", await AgirAsync(app, operateur, id, "Repondre", Champ("acte", "MettreEnAttente")), StringComparison.Ordinal);
        Assert.Contains("refusée", await AgirAsync(app, operateur, id, "Repondre", Champ("acte", "Refuser"), Champ("motif", "NonMobile")), StringComparison.Ordinal);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.Contains("Ne peut pas se déplacer", (await referent.PageAsync($"/personnes/{personne}")).QuerySelector("#prescriptions")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("impossible", await AgirAsync(app, operateur, id, "Entrer"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seul_le_referent_prescrit_et_une_action_complete_se_refuse_sauf_depassement_autorise_par_un_agent()
    {
        var action = await ActionPubliee(places: 1);
        var (premiere, seconde) = (await SortiesDeTest.AccompagneeAsync(app), await SortiesDeTest.AccompagneeAsync(app));
        using var responsable = await Navigateur.ConnecteAsync(app, "responsable@49");
        Assert.Contains("Seul le référent", await PrescrireAsync(responsable, premiere.PersonneId, action), StringComparison.Ordinal);

        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.Null(await PrescrireAsync(referent, premiere.PersonneId, action));
        Assert.Contains("déjà une prescription en cours", await PrescrireAsync(referent, premiere.PersonneId, action), StringComparison.Ordinal);
        using var operateur = await Navigateur.ConnecteAsync(app, "operateur@49");
        await AgirAsync(app, operateur, (await DerniereAsync(app, premiere.PersonneId)).Id, "Repondre", Champ("acte", "Accepter"));
        Assert.Contains("L'action est complète (1 places financées, 0 occupées, 1 promises)", await PrescrireAsync(referent, seconde.PersonneId, action), StringComparison.Ordinal);

        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Contains("pourquoi", await PrescrireAsync(agent, seconde.PersonneId, action, Champ("Depasser", true)), StringComparison.Ordinal);
        Assert.Null(await PrescrireAsync(agent, seconde.PersonneId, action, Champ("Depasser", true), Champ("MotifDepassement", "Sortie d'hospitalisation, urgence")));
        var derogee = await DerniereAsync(app, seconde.PersonneId);
        Assert.NotNull(derogee.DepassementAutorisePar);
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == ServicePrescriptions.ActionAuditDepassement && a.ObjetId == derogee.Id.ToString(CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Entree_au_dela_des_places_financees_attend_l_autorisation_d_un_agent()
    {
        var action = await ActionPubliee(places: 1);
        var (premiere, seconde) = (await SortiesDeTest.AccompagneeAsync(app), await SortiesDeTest.AccompagneeAsync(app));
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.Null(await PrescrireAsync(referent, premiere.PersonneId, action));
        Assert.Null(await PrescrireAsync(referent, seconde.PersonneId, action));
        var (a, b) = ((await DerniereAsync(app, premiere.PersonneId)).Id, (await DerniereAsync(app, seconde.PersonneId)).Id);
        using var operateur = await Navigateur.ConnecteAsync(app, "operateur@49");
        await AgirAsync(app, operateur, a, "Repondre", Champ("acte", "Accepter"));
        await AgirAsync(app, operateur, b, "Repondre", Champ("acte", "Accepter"));
        Assert.Contains("Entrée enregistrée", await AgirAsync(app, operateur, a, "Entrer"), StringComparison.Ordinal);
        Assert.Contains("autorisation d'un agent", await AgirAsync(app, operateur, b, "Entrer"), StringComparison.Ordinal);
        Assert.Null((await operateur.PageAsync($"/prescriptions/{b}")).QuerySelector("#form-depassement"));

        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Contains("autorisé", await AgirAsync(app, agent, b, "Depassement", Champ("motif", "Fin de session proche, place libérée la semaine prochaine")), StringComparison.Ordinal);
        Assert.Contains("Entrée enregistrée", await AgirAsync(app, operateur, b, "Entrer"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operateur_d_une_autre_structure_ni_referent_d_un_autre_departement_ne_lisent_la_prescription()
    {
        var (action, personne, id) = await EnvoyeeAsync(app);
        using var autre = await Navigateur.ConnecteAsync(app, "operateur@37");
        Assert.Equal(HttpStatusCode.NotFound, (await autre.GetAsync($"/prescriptions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await autre.GetAsync($"/api/v1/prescriptions/{id}")).StatusCode);
        Assert.DoesNotContain((await autre.PageAsync("/prescriptions")).QuerySelectorAll("#prescriptions a"), l => l.GetAttribute("href") == $"/prescriptions/{id}");
        // The operator who received it cannot open the person's page nor prescribe for them.
        using var operateur = await Navigateur.ConnecteAsync(app, "operateur@49");
        Assert.NotEqual(HttpStatusCode.OK, (await operateur.GetAsync($"/personnes/{personne}")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await operateur.GetAsync($"/prescriptions/nouvelle?personne={personne}&action={action}")).StatusCode);
        // The référent reads it but does not answer for the operator.
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.Contains("adressée à votre structure", await AgirAsync(app, referent, id, "Repondre", Champ("acte", "Accepter")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_hors_du_territoire_de_la_personne_est_prescrite_avec_un_avertissement()
    {
        var p = await SortiesDeTest.AccompagneeAsync(app);
        var autreTerritoire = await app.DansDepartementAsync("49", db => db.Territoires.Where(t => t.Id != db.Set<Web.Features.Orientation.Parcours>()
            .Where(x => x.Id == p.ParcoursId).Select(x => x.TerritoireId).First()).Select(t => t.Id).FirstAsync());
        var action = await PrescriptionsDeTest.ActionPublieeAsync(app, 5, autreTerritoire.ToString(CultureInfo.InvariantCulture));
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.NotNull((await referent.PageAsync($"/prescriptions/nouvelle?personne={p.PersonneId}&action={action}")).QuerySelector("#hors-territoire"));
        Assert.Null(await PrescrireAsync(referent, p.PersonneId, action));
        Assert.Contains("ne dessert pas le territoire", (await referent.PageAsync($"/personnes/{p.PersonneId}")).QuerySelector("[role=status], [role=alert]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feuille_de_presence_refuse_un_jour_a_venir_et_une_ligne_inconnue_sans_rien_enregistrer()
    {
        var (action, personne, id) = await EnvoyeeAsync(app);
        using var operateur = await Navigateur.ConnecteAsync(app, "operateur@49");
        await AgirAsync(app, operateur, id, "Repondre", Champ("acte", "Accepter"));
        await AgirAsync(app, operateur, id, "Entrer");
        var feuille = $"/prescriptions/presences?action={action}&jour={Jour(HeureDeTest.Aujourdhui)}";
        Assert.Contains("Absence justifiée", (await operateur.PageAsync(feuille)).QuerySelector("#form-presences")?.TextContent, StringComparison.Ordinal);
        await operateur.SoumettreAsync(feuille, [Champ($"presence[{id}]", "Present"), Champ("presence[999999]", "Absent")]);
        Assert.Contains("ne correspondent pas", (await operateur.PageAsync(feuille)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        var futur = await operateur.SoumettreAsync(feuille, [Champ($"presence[{id}]", "Present"), Champ("jour", Jour(HeureDeTest.Aujourdhui.AddDays(3)))]);
        Assert.Contains("jour à venir", (await operateur.PageAsync(futur.Headers.Location!.OriginalString)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Empty((await DerniereAsync(app, personne)).Presences);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.Equal(HttpStatusCode.NotFound, (await referent.GetAsync(feuille)).StatusCode);
    }

    [Fact]
    public async Task Demo_montre_a_l_operateur_la_prescription_du_referent_entree_dans_son_chantier()
    {
        using var operateur = await Navigateur.ConnecteAsync(app, "operateur@49");
        var statuts = (await operateur.PageAsync("/prescriptions?statut=&toutes=true")).QuerySelectorAll("#prescriptions tbody tr")
            .Where(l => l.TextContent.Contains("Chantier d'insertion", StringComparison.Ordinal)).Select(l => l.QuerySelectorAll("td")[^1].TextContent.Trim()).ToList();
        Assert.Contains(StatutPrescription.EnCours.Libelle(), statuts);
    }

    [Fact]
    public async Task Administrateur_regle_les_delais_de_relance_et_d_expiration_l_expiration_apres_la_relance()
    {
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var refus = await admin.SoumettreAsync("/administration/prescriptions", [Champ("Saisie.RelanceJours", 15), Champ("Saisie.ExpirationJours", 12), Champ("Saisie.Version", 0)]);
        Assert.Equal(HttpStatusCode.OK, refus.StatusCode);
        Assert.Contains("L'expiration doit venir après la relance", (await Navigateur.DocumentAsync(refus)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SoumettreAsync("/administration/prescriptions",
            [Champ("Saisie.RelanceJours", 7), Champ("Saisie.ExpirationJours", 21), Champ("Saisie.Version", 0)])).StatusCode);
        var regles = await app.DansDepartementAsync("49", db => ReglesPrescriptions.EnVigueurAsync(db, CancellationToken.None));
        Assert.Equal((7, 21), (regles.RelanceJours, regles.ExpirationJours));
        Assert.Equal((ReglesPrescriptions.RelanceParDefaut, ReglesPrescriptions.ExpirationParDefaut),
            await app.DansDepartementAsync("37", async db => { var r = await ReglesPrescriptions.EnVigueurAsync(db, CancellationToken.None); return (r.RelanceJours, r.ExpirationJours); }));
        using var operateur = await Navigateur.ConnecteAsync(app, "operateur@49");
        Administration.Refus.Refuse(await operateur.GetAsync("/administration/prescriptions"), "operateur@49");
    }

    private Task<int> ActionPubliee(int places) => PrescriptionsDeTest.ActionPublieeAsync(app, places);
}
