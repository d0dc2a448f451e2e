using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Features.Orientation;
using Passerelle.Tests.Features.Sorties;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.OffresEmploi;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Sorties;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.OffresEmploi.OffresDeTest;
using static Passerelle.Tests.Features.Sorties.SortiesDeTest;

namespace Passerelle.Tests.Features.OffresEmploi;

/// <summary>Offers published to the référents of their territoire; mises en relation of the référent's own caseload; a hire proposing the exit.</summary>
public sealed class OffresEmploiTests(Application app) : IClassFixture<Application>
{
    private static DateOnly Aujourdhui => HeureDeTest.Aujourdhui;

    [Fact]
    public async Task Charge_enregistre_une_offre_apres_un_code_rome_refuse_et_seul_le_referent_du_territoire_la_voit()
    {
        using var robot = await RobotAsync(app);
        var employeur = await EmployeurAsync(robot);
        var commune = await CommuneDuReferentAsync(app);
        using var charge = await Navigateur.ConnecteAsync(app, "charge-entreprise@49");
        var champs = new Dictionary<string, string>
        {
            ["Saisie.EmployeurId"] = employeur.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Saisie.Intitule"] = "Agent d'entretien",
            ["Saisie.CodeRome"] = "K22",
            ["Saisie.TypeContrat"] = "Cdi",
            ["Saisie.HeuresHebdomadaires"] = "30",
            ["Saisie.Commune"] = commune,
            ["Saisie.NombrePostes"] = "1",
        };
        var refus = await Navigateur.DocumentAsync(await charge.SoumettreAsync($"/offres-emploi/edition?employeur={employeur}", champs));
        Assert.Equal("Le code ROME « K22 » n'a pas la forme attendue : une lettre et quatre chiffres, p. ex. K1302.", refus.QuerySelector("#rome-erreur")?.TextContent);
        Assert.Equal("rome-aide rome-erreur", refus.QuerySelector("#rome")?.GetAttribute("aria-describedby"));
        Assert.False(await app.DansDepartementAsync("49", db => db.Set<OffreEmploi>().AnyAsync(o => o.EmployeurId == employeur)));

        champs["Saisie.CodeRome"] = "k2204";
        var reponse = await charge.SoumettreAsync("/offres-emploi/edition", champs);
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var offre = await app.DansDepartementAsync("49", db => db.Set<OffreEmploi>().Where(o => o.EmployeurId == employeur).SingleAsync());
        Assert.Equal(("K2204", StatutOffre.Ouverte, Aujourdhui), (offre.CodeRome, offre.Statut, offre.DatePublication));
        Assert.NotNull(offre.TerritoireId);

        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        var liste = await referent.PageAsync("/offres-emploi?Rome=K2204");
        Assert.NotNull(liste.QuerySelector($"tr[data-offre='{offre.Id}']"));
        Assert.Contains("Nettoyage de locaux", (await referent.PageAsync($"/offres-emploi/{offre.Id}")).QuerySelector("#description-offre .rome")?.TextContent, StringComparison.Ordinal);

        using var ailleurs = await Navigateur.ConnecteAsync(app, await ReferentAilleursAsync(app, commune));
        Assert.Null((await ailleurs.PageAsync("/offres-emploi?Rome=K2204")).QuerySelector($"tr[data-offre='{offre.Id}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await ailleurs.GetAsync($"/offres-emploi/{offre.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ailleurs.GetAsync($"/api/v1/offres-emploi/{offre.Id}")).StatusCode);

        // Once filled, the offer leaves the référents' list.
        Assert.Equal(HttpStatusCode.OK, (await robot.PutAsJsonAsync(new Uri($"/api/v1/offres-emploi/{offre.Id}/statut", UriKind.Relative), new { version = offre.Version, statut = "Pourvue" })).StatusCode);
        Assert.Null((await referent.PageAsync("/offres-emploi?Rome=K2204")).QuerySelector($"tr[data-offre='{offre.Id}']"));
        var rouvrir = await robot.PutAsJsonAsync(new Uri($"/api/v1/offres-emploi/{offre.Id}/statut", UriKind.Relative), new { version = offre.Version + 1, statut = "Ouverte" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rouvrir.StatusCode);
        Assert.Contains("seule une offre ouverte", (await rouvrir.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("Statut")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_refuse_chaque_champ_de_l_offre_avec_sa_raison()
    {
        using var robot = await RobotAsync(app);
        var refus = await robot.PostAsJsonAsync(new Uri("/api/v1/offres-emploi", UriKind.Relative),
            new { employeurId = int.MaxValue, intitule = "Cariste", codeRome = "N11O1", typeContrat = "Cdi", dureeMois = 6, heuresHebdomadaires = 60, commune = "Paris" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refus.StatusCode);
        var erreurs = (await refus.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.StartsWith("Le code ROME « N11O1 »", erreurs.GetProperty("CodeRome")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Un CDI n'a pas de durée : laissez la durée vide.", erreurs.GetProperty("DureeMois")[0].GetString());
        Assert.Equal("Les heures hebdomadaires vont de 1 à 48 (durée maximale du travail).", erreurs.GetProperty("HeuresHebdomadaires")[0].GetString());
        Assert.StartsWith("Aucune commune « Paris »", erreurs.GetProperty("Commune")[0].GetString(), StringComparison.Ordinal);
        var inconnu = await robot.PostAsJsonAsync(new Uri("/api/v1/offres-emploi", UriKind.Relative),
            new { employeurId = int.MaxValue, intitule = "Cariste", codeRome = "N1101", typeContrat = "Cdi", heuresHebdomadaires = 35, commune = "49007" });
        Assert.Equal("Cet employeur n'existe pas ou n'est pas dans votre périmètre.",
            (await inconnu.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("EmployeurId")[0].GetString());
    }

    [Fact]
    public async Task Referent_ne_propose_que_les_personnes_de_son_portefeuille_une_seule_fois()
    {
        using var robot = await RobotAsync(app);
        var offre = await OffreAsync(robot, await EmployeurAsync(robot), await CommuneDuReferentAsync(app));
        var sienne = await AccompagneeAsync(app);
        var autre = await ParcoursDeTest.CreerAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        var fiche = await referent.PageAsync($"/offres-emploi/{offre}");
        Assert.NotNull(fiche.QuerySelector($"#personne option[value='{sienne.PersonneId}']"));
        Assert.Null(fiche.QuerySelector($"#personne option[value='{autre.PersonneId}']"));

        Assert.Equal(HttpStatusCode.NotFound, (await Proposer(referent, offre, autre.PersonneId)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await referent.Client.PostAsJsonAsync(new Uri("/api/v1/mises-en-relation", UriKind.Relative),
            new { offreEmploiId = offre, personneId = autre.PersonneId })).StatusCode);
        Assert.False(await app.DansDepartementAsync("49", db => db.Set<MiseEnRelation>().AnyAsync(m => m.PersonneId == autre.PersonneId)));

        Assert.Equal(HttpStatusCode.Redirect, (await Proposer(referent, offre, sienne.PersonneId)).StatusCode);
        var mise = await app.DansDepartementAsync("49", db => db.Set<MiseEnRelation>().SingleAsync(m => m.OffreEmploiId == offre));
        Assert.Equal((sienne.PersonneId, sienne.ParcoursId, StatutMiseEnRelation.Proposee, true, Aujourdhui), (mise.PersonneId, mise.ParcoursId, mise.Statut, mise.Rsa, mise.DateProposition));
        var doublon = await Navigateur.DocumentAsync(await Proposer(referent, offre, sienne.PersonneId));
        Assert.Equal($"Cette personne a déjà été proposée pour cette offre le {Aujourdhui:dd/MM/yyyy}.", doublon.QuerySelector("#erreur-proposition")?.TextContent.Trim());
        var section = await referent.PageAsync($"/personnes/{sienne.PersonneId}");
        Assert.Equal("Proposée", section.QuerySelector($"#mise-en-relation-{mise.Id} .statut")?.TextContent.Trim());

        // The chargé sees the proposal on the offer; another référent does not see it.
        using var charge = await Navigateur.ConnecteAsync(app, "charge-entreprise@49");
        Assert.NotNull((await charge.PageAsync($"/offres-emploi/{offre}")).QuerySelector($"#mise-{mise.Id}"));
        var (_, collegue) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Referent, structureId: (await ParcoursDeTest.CompteAsync(app, "referent@49.passerelle.test", Role.Referent)).StructureId);
        using var autreReferent = await Navigateur.ConnecteAsync(app, collegue);
        Assert.Null((await autreReferent.PageAsync($"/offres-emploi/{offre}")).QuerySelector($"#mise-{mise.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await autreReferent.Client.PostAsJsonAsync(new Uri($"/api/v1/mises-en-relation/{mise.Id}/etape", UriKind.Relative),
            new { version = 0, statut = "Acceptee" })).StatusCode);
    }

    [Fact]
    public async Task Embauche_datee_avant_la_mise_en_relation_est_refusee_sans_rien_ecrire_puis_l_embauche_propose_la_sortie_que_le_referent_confirme()
    {
        using var robot = await RobotAsync(app);
        var employeur = await EmployeurAsync(robot);
        var offre = await OffreAsync(robot, employeur, await CommuneDuReferentAsync(app));
        var p = await AccompagneeAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.Equal(HttpStatusCode.Redirect, (await Proposer(referent, offre, p.PersonneId)).StatusCode);
        var mise = await app.DansDepartementAsync("49", db => db.Set<MiseEnRelation>().Where(m => m.OffreEmploiId == offre).Select(m => m.Id).SingleAsync());

        var saute = await EtapeAsync(robot, mise, new { version = 0, statut = "Embauchee", typeContrat = "Cdi", dateDebut = Aujourdhui }, HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("Une mise en relation « Proposée » ne peut pas passer à « Embauchée »", saute.GetProperty("errors").GetProperty("Statut")[0].GetString(), StringComparison.Ordinal);
        await EtapeAsync(robot, mise, new { version = 0, statut = "Acceptee" }, HttpStatusCode.OK);
        await EtapeAsync(robot, mise, new { version = 1, statut = "Entretien", dateEntretien = Aujourdhui }, HttpStatusCode.OK);
        var avant = await EtapeAsync(robot, mise, new { version = 2, statut = "Embauchee", typeContrat = "Cdd", dureeMois = 8, dateDebut = Aujourdhui.AddDays(-1) },
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal($"La date de début du contrat ({Aujourdhui.AddDays(-1):dd/MM/yyyy}) ne peut précéder la mise en relation du {Aujourdhui:dd/MM/yyyy} : vérifiez la date de début.",
            avant.GetProperty("errors").GetProperty("DateDebut")[0].GetString());
        var lue = await app.DansDepartementAsync("49", db => db.Set<MiseEnRelation>().AsNoTracking().SingleAsync(m => m.Id == mise));
        Assert.Equal((StatutMiseEnRelation.Entretien, 2, (DateOnly?)null), (lue.Statut, lue.Version, lue.DateDebut));
        Assert.Null(await SortieAsync(app, p.PersonneId));

        await EtapeAsync(robot, mise, new { version = 2, statut = "Embauchee", typeContrat = "Cdd", dureeMois = 8, dateDebut = Aujourdhui }, HttpStatusCode.OK);
        var proposee = (await SortieAsync(app, p.PersonneId))!;
        Assert.Equal((StatutSortie.Proposee, MotifSortie.Emploi, TypeContratSortie.Cdd, 8, Aujourdhui), (proposee.Statut, proposee.Motif, proposee.TypeContrat, proposee.DureeContratMois, proposee.DateSortie));
        Assert.Null((await ParcoursDeTest.LireAsync(app, p.ParcoursId)).DateCloture);
        await EtapeAsync(robot, mise, new { version = 3, statut = "NonRetenue", motif = "Autre" }, HttpStatusCode.UnprocessableEntity);
        using var pilote = await Navigateur.ConnecteAsync(app, "pilote@49");
        Assert.Equal((1, 1, 0), await LigneEmployeurAsync(pilote, employeur));

        var message = await AgirAsync(referent, p.PersonneId, "Qualifier", Champ("Version", proposee.Version), Champ("Ligne", proposee.Id), Champ("Motif", "Emploi"),
            Champ("TypeContrat", "Cdd"), Champ("DureeContratMois", 8));
        Assert.Equal("Sortie confirmée (Emploi) : le parcours est clos.", message);
        var parcours = await ParcoursDeTest.LireAsync(app, p.ParcoursId);
        Assert.Equal((EtapeParcours.Clos, Aujourdhui, true), (parcours.Etape, parcours.DateCloture, parcours.SortieEnregistree));
        var confirmee = (await SortieAsync(app, p.PersonneId))!;
        Assert.Equal((StatutSortie.Enregistree, SituationEmploi.EmploiDurable), (confirmee.Statut, confirmee.Situation));
        Assert.Equal((1, 1, 1), await LigneEmployeurAsync(pilote, employeur));
    }

    /// <summary>Today's hires, durable hires and attributable durable exits of one employer, read through the indicators' API.</summary>
    private async Task<(int Embauches, int Durables, int Sorties)> LigneEmployeurAsync(Navigateur lecteur, int employeur)
    {
        var nom = await app.DansDepartementAsync("49", db => db.Set<Web.Features.Employeurs.Employeur>().Where(e => e.Id == employeur).Select(e => e.RaisonSociale).SingleAsync());
        var jour = Aujourdhui.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var reponse = await lecteur.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/offres-emploi/indicateurs?du={jour}&au={jour}", UriKind.Relative));
        var ligne = reponse.GetProperty("parEmployeur").EnumerateArray().Single(l => l.GetProperty("libelle").GetString() == nom);
        return (ligne.GetProperty("embauches").GetInt32(), ligne.GetProperty("embauchesDurables").GetInt32(), ligne.GetProperty("sortiesDurables").GetInt32());
    }

    [Fact]
    public async Task Indicateurs_comptent_offres_mises_en_relation_et_embauches_de_la_periode()
    {
        using var robot = await RobotAsync(app);
        var employeur = await EmployeurAsync(robot, "UnANeuf");
        var offre = await OffreAsync(robot, employeur, await CommuneDuReferentAsync(app), "Cdi", null, "2090-01-15");
        var p = await AccompagneeAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.Equal(HttpStatusCode.Redirect, (await Proposer(referent, offre, p.PersonneId)).StatusCode);
        var mise = await app.DansDepartementAsync("49", db => db.Set<MiseEnRelation>().Where(m => m.OffreEmploiId == offre).Select(m => m.Id).SingleAsync());
        await EtapeAsync(robot, mise, new { version = 0, statut = "Acceptee" }, HttpStatusCode.OK);
        await EtapeAsync(robot, mise, new { version = 1, statut = "Entretien", dateEntretien = Aujourdhui }, HttpStatusCode.OK);
        await EtapeAsync(robot, mise, new { version = 2, statut = "Embauchee", typeContrat = "Cdi", dateDebut = "2090-02-01" }, HttpStatusCode.OK);

        foreach (var login in new[] { "pilote@49", "lecteur@49", "charge-entreprise@49" })
        {
            using var lecteur = await Navigateur.ConnecteAsync(app, login);
            var page = await lecteur.PageAsync("/offres-emploi/indicateurs?Du=2090-01-01&Au=2090-12-31");
            Assert.Equal(("1", "2", "1", "1", "1", "1"), (page.QuerySelector("#synthese .offres")?.TextContent, page.QuerySelector("#synthese .postes")?.TextContent,
                page.QuerySelector("#synthese .embauches")?.TextContent, page.QuerySelector("#synthese .durables")?.TextContent,
                page.QuerySelector("#synthese .embauches-rsa")?.TextContent, page.QuerySelector("#synthese .petites")?.TextContent));
            Assert.Equal("K1302", page.QuerySelector("#par-rome tbody th")?.TextContent);
        }
    }

    [Theory]
    [InlineData("operateur@49")]
    [InlineData("membre-ep@49")]
    [InlineData("pilote@49")]
    [InlineData("lecteur@49")]
    [InlineData("responsable@49")]
    public async Task Roles_sans_offres_d_emploi_sont_refuses(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Refus.Refuse(await navigateur.GetAsync("/offres-emploi"), $"/offres-emploi pour {login}");
        Refus.Refuse(await navigateur.GetAsync("/offres-emploi/edition"), $"/offres-emploi/edition pour {login}");
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync("/api/v1/offres-emploi")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync("/api/v1/mises-en-relation")).StatusCode);
        if (login is "operateur@49" or "membre-ep@49" or "responsable@49") Refus.Refuse(await navigateur.GetAsync("/offres-emploi/indicateurs"), $"indicateurs pour {login}");
    }

    [Fact]
    public async Task Referent_ne_cree_pas_d_offre_et_une_cle_sans_portee_est_refusee()
    {
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Refus.Refuse(await referent.GetAsync("/offres-emploi/edition"), "/offres-emploi/edition pour un référent");
        Assert.Equal(HttpStatusCode.Forbidden, (await referent.Client.PostAsJsonAsync(new Uri("/api/v1/offres-emploi", UriKind.Relative), new { intitule = "Essai" })).StatusCode);
        var (cle, _) = await ClesDeTest.CreerAsync(app, "49", [PorteesApi.OffresEmploiLecture]);
        using var lecture = ClesDeTest.Robot(app, cle);
        Assert.Equal(HttpStatusCode.OK, (await lecture.GetAsync(new Uri("/api/v1/offres-emploi", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lecture.PostAsJsonAsync(new Uri("/api/v1/offres-emploi", UriKind.Relative), new { intitule = "Essai" })).StatusCode);
    }

    [Fact]
    public async Task Demonstration_donne_des_offres_et_des_mises_en_relation_du_referent_de_demonstration()
    {
        var (offres, mises, embauchesSansSortie) = await app.DansDepartementAsync("49", async db => (
            await db.Set<OffreEmploi>().CountAsync(o => db.Set<Web.Features.Employeurs.Employeur>().Any(e => e.Id == o.EmployeurId && e.Siret.StartsWith("9049"))),
            await db.Set<MiseEnRelation>().CountAsync(m => db.Users.Any(u => u.Id == m.ReferentId && u.Email == "referent@49.passerelle.test")),
            await db.Set<MiseEnRelation>().CountAsync(m => m.Statut == StatutMiseEnRelation.Embauchee && m.DateDebut != null
                && !db.Set<Sortie>().Any(s => s.ParcoursId == m.ParcoursId && s.DateSortie == m.DateDebut))));
        Assert.True(offres >= 6, $"{offres} offres de démonstration");
        Assert.True(mises >= 1, $"{mises} mises en relation de démonstration");
        Assert.Equal(0, embauchesSansSortie);
    }

    private static Task<HttpResponseMessage> Proposer(Navigateur referent, int offre, int personne) =>
        referent.SoumettreAsync($"/offres-emploi/{offre}", [new("personneId", personne.ToString(System.Globalization.CultureInfo.InvariantCulture))], $"/offres-emploi/{offre}?handler=Proposer");
}
