using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Parrainage;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Parrainage.ParrainageDeTest;
using ParrainageSuivi = Passerelle.Web.Features.Parrainage.Parrainage;

namespace Passerelle.Tests.Features.Parrainage;

/// <summary>Parrainage: proposed by the référent, accepted and logged by the mentor, who sees only what was shared; ended with its outcome.</summary>
public sealed class ParrainageTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Referent_propose_le_parrain_lit_le_partage_accepte_note_une_rencontre_et_le_referent_termine_sur_un_emploi()
    {
        var parrain = await ParrainAsync(app);
        var p = await Sorties.SortiesDeTest.AccompagneeAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.NotNull((await referent.PageAsync($"/personnes/{p.PersonneId}")).QuerySelector("#form-proposer-parrainage"));
        Assert.Equal(HttpStatusCode.Redirect, (await referent.SoumettreAsync($"/parrainage/proposer/{p.PersonneId}", Proposition(parrain.Id))).StatusCode);
        var parrainage = await DernierAsync(app, p.PersonneId);
        Assert.Equal((StatutParrainage.Propose, "Angers", "Maçon"), (parrainage.Statut, parrainage.Partage.Commune, parrainage.Partage.MetierVise));
        Assert.Null(parrainage.Partage.Telephone);
        Assert.Contains("Proposé", (await referent.PageAsync($"/personnes/{p.PersonneId}")).QuerySelector("#parrainage")?.TextContent, StringComparison.Ordinal);

        using var mentor = await Navigateur.ConnecteAsync(app, parrain.Email);
        var filleuls = await mentor.PageAsync("/parrainage/mes-filleuls");
        Assert.Equal(parrainage.Partage.Prenom, filleuls.QuerySelector($"tr[data-parrainage='{parrainage.Id}'] a")?.TextContent);
        var fiche = await mentor.PageAsync($"/parrainage/{parrainage.Id}");
        var texte = fiche.QuerySelector("main")?.TextContent ?? "";
        Assert.Contains("Disponible le matin.", fiche.QuerySelector("#partage")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(p.Nom, texte, StringComparison.OrdinalIgnoreCase);
        Assert.Null(fiche.QuerySelector($"a[href='/personnes/{p.PersonneId}']"));

        Assert.Equal(HttpStatusCode.Redirect, (await AgirAsync(app, mentor, parrainage.Id, "Acte", Champ("acte", "Accepter"))).StatusCode);
        var futur = await Navigateur.DocumentAsync(await AgirAsync(app, mentor, parrainage.Id, "Rencontre",
            Champ("Rencontre.Date", Jour(HeureDeTest.Aujourdhui.AddDays(1))), Champ("Rencontre.DureeMinutes", "60"), Champ("Rencontre.Sujet", "Visite")));
        Assert.Equal("Une rencontre se note une fois qu'elle a eu lieu : la date ne peut pas être future.", futur.QuerySelector("#Rencontre_Date-erreur")?.TextContent);
        Assert.Equal("Rencontre_Date-erreur", futur.QuerySelector("#Rencontre_Date")?.GetAttribute("aria-describedby"));
        Assert.Equal(HttpStatusCode.Redirect, (await AgirAsync(app, mentor, parrainage.Id, "Rencontre",
            Champ("Rencontre.Date", Jour(HeureDeTest.Aujourdhui)), Champ("Rencontre.DureeMinutes", "45"), Champ("Rencontre.Sujet", "Simulation d'entretien"))).StatusCode);
        Assert.Contains("Simulation d'entretien", (await mentor.PageAsync($"/parrainage/{parrainage.Id}")).QuerySelector("#rencontres .rencontre")?.TextContent, StringComparison.Ordinal);
        // Ending belongs to the person's side: the mentor may only interrupt.
        var refus = await Navigateur.DocumentAsync(await AgirAsync(app, mentor, parrainage.Id, "Acte", Champ("acte", "Terminer"), Champ("issue", "Emploi")));
        Assert.Contains("n'est pas possible pour vous", refus.QuerySelector("#erreur-acte")?.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await AgirAsync(app, referent, parrainage.Id, "Acte", Champ("acte", "Terminer"), Champ("issue", "Emploi"))).StatusCode);
        var fini = await DernierAsync(app, p.PersonneId);
        Assert.Equal((StatutParrainage.Termine, IssueParrainage.Emploi, HeureDeTest.Aujourdhui, 1), (fini.Statut, fini.Issue, fini.DateFin!.Value, fini.Rencontres.Count));
        Assert.Equal(4, await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Objet == "Parrainage" && a.ObjetId == fini.Id.ToString())));
    }

    [Fact]
    public async Task Parrain_n_atteint_ni_le_parrainage_d_un_autre_ni_aucune_personne_ni_les_dossiers()
    {
        var (autre, personne, idAutre) = await ProposeAsync(app);
        var (moi, _, mien) = await ProposeAsync(app);
        using var parrain = await Navigateur.ConnecteAsync(app, moi.Email);
        Assert.Equal(HttpStatusCode.OK, (await parrain.GetAsync($"/parrainage/{mien}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await parrain.GetAsync($"/parrainage/{idAutre}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await parrain.GetAsync($"/api/v1/parrainages/{idAutre}")).StatusCode);
        var liste = await parrain.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/parrainages?taille=100", UriKind.Relative));
        Assert.Equal([mien], liste.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("id").GetInt32()));
        Assert.Equal(JsonValueKind.Null, (await parrain.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/parrainages/{mien}", UriKind.Relative))).GetProperty("personneId").ValueKind);
        Assert.Empty((await parrain.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/parrainages?personneId={personne}", UriKind.Relative))).GetProperty("elements").EnumerateArray());

        // A write aimed at the other mentor's pairing, with a genuine token from their own page.
        var jeton = (await parrain.PageAsync($"/parrainage/{mien}")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        Assert.Equal(HttpStatusCode.NotFound, (await parrain.PosterAsync($"/parrainage/{idAutre}?handler=Acte", [Champ("version", "0"), Champ("acte", "Accepter")], jeton)).StatusCode);
        Assert.Equal(StatutParrainage.Propose, (await DernierAsync(app, personne)).Statut);
        Refus.Refuse(await parrain.PosterAsync($"/parrainage/proposer/{personne}", Proposition(moi.Id), jeton), "proposition par un parrain");

        foreach (var url in new[] { $"/personnes/{personne}", "/recherche?q=a", "/dossiers", "/portefeuille", "/parrainage/parrains", $"/parrainage/proposer/{personne}" })
            Refus.Refuse(await parrain.GetAsync(url), $"{url} pour un parrain");
        foreach (var url in new[] { "/api/v1/dossiers", $"/api/v1/personnes/recherche?q=a", $"/api/v1/personnes/{personne}/coordonnees", "/api/v1/prescriptions" })
            Assert.True((await parrain.GetAsync(url)).StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{url} pour un parrain");
        Assert.Equal(autre.Id, (await DernierAsync(app, personne)).ParrainId);
    }

    [Fact]
    public async Task Proposition_refuse_chaque_champ_avec_sa_raison_un_second_parrainage_et_une_personne_hors_perimetre()
    {
        var parrain = await ParrainAsync(app);
        var p = await Sorties.SortiesDeTest.AccompagneeAsync(app);
        using var robot = ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "49", [PorteesApi.ParrainageLecture, PorteesApi.ParrainageEcriture])).Texte);
        var debut = HeureDeTest.Aujourdhui;
        var refus = await robot.PostAsJsonAsync(new Uri("/api/v1/parrainages", UriKind.Relative),
            new { personneId = p.PersonneId, parrainage = new { dateDebut = Jour(debut), dateFinPrevue = Jour(debut.AddMonths(13)), objectifs = " " } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refus.StatusCode);
        var erreurs = (await refus.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Choisissez le parrain.", erreurs.GetProperty("ParrainId")[0].GetString());
        Assert.Equal("Indiquez les objectifs du parrainage.", erreurs.GetProperty("Objectifs")[0].GetString());
        Assert.StartsWith($"Un parrainage dure {ReglesParrainage.DureeMaximaleMois} mois au plus", erreurs.GetProperty("DateFinPrevue")[0].GetString(), StringComparison.Ordinal);

        var cree = await robot.PostAsJsonAsync(new Uri("/api/v1/parrainages", UriKind.Relative),
            new { personneId = p.PersonneId, parrainage = new { parrainId = parrain.Id, dateDebut = Jour(debut), dateFinPrevue = Jour(debut.AddMonths(6)), objectifs = "Découvrir le métier." } });
        Assert.Equal(HttpStatusCode.Created, cree.StatusCode);
        var id = (await cree.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var second = await robot.PostAsJsonAsync(new Uri("/api/v1/parrainages", UriKind.Relative),
            new { personneId = p.PersonneId, parrainage = new { parrainId = parrain.Id, dateDebut = Jour(debut), dateFinPrevue = Jour(debut.AddMonths(6)), objectifs = "Encore." } });
        Assert.Contains("déjà un parrainage proposé ou en cours", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var rencontre = await robot.PostAsJsonAsync(new Uri($"/api/v1/parrainages/{id}/rencontres", UriKind.Relative), new { date = Jour(debut), dureeMinutes = 30, sujet = "Avant l'accord" });
        Assert.Contains("pendant le parrainage", (await rencontre.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Another référent of the same structure's département: the person is not in their caseload.
        var structure = await app.DansDepartementAsync("49", db => db.Structures.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Referent, structureId: structure);
        using var autreReferent = await Navigateur.ConnecteAsync(app, email);
        Assert.Equal(HttpStatusCode.NotFound, (await autreReferent.GetAsync($"/parrainage/proposer/{p.PersonneId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await autreReferent.GetAsync($"/parrainage/{id}")).StatusCode);
        using var ailleurs = ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "37", [PorteesApi.ParrainageLecture, PorteesApi.ParrainageEcriture])).Texte);
        Assert.Equal(HttpStatusCode.NotFound, (await ailleurs.GetAsync(new Uri($"/api/v1/parrainages/{id}", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("operateur@49")]
    [InlineData("membre-ep@49")]
    [InlineData("beneficiaire@49")]
    [InlineData("referent@49")]
    public async Task Roles_sans_parrainage_sont_refuses_aux_pages_du_parrain_et_des_parrains(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Refus.Refuse(await navigateur.GetAsync("/parrainage/mes-filleuls"), $"/parrainage/mes-filleuls pour {login}");
        Refus.Refuse(await navigateur.GetAsync("/parrainage/parrains"), $"/parrainage/parrains pour {login}");
        Refus.Refuse(await navigateur.GetAsync("/parrainage/parrains/edition"), $"/parrainage/parrains/edition pour {login}");
        Refus.Refuse(await navigateur.GetAsync("/parrainage/indicateurs"), $"/parrainage/indicateurs pour {login}");
        if (login == "referent@49") return;
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync("/api/v1/parrainages")).StatusCode);
        Refus.Refuse(await navigateur.GetAsync("/parrainage/1"), $"/parrainage/1 pour {login}");
    }

    [Fact]
    public async Task Compte_sans_habilitation_parrain_ne_peut_recevoir_de_profil()
    {
        var (compte, _) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Lecteur);
        using var charge = await Navigateur.ConnecteAsync(app, "charge-entreprise@49");
        var page = await Navigateur.DocumentAsync(await charge.SoumettreAsync("/parrainage/parrains/edition",
            [Champ("Saisie.UtilisateurId", compte), Champ("Saisie.Metier", "Comptable"), Champ("Saisie.DateEngagement", Jour(HeureDeTest.Aujourdhui.AddDays(1)))]));
        Assert.Contains("n'est pas habilité", page.QuerySelector("#Saisie_UtilisateurId-erreur")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("La date d'engagement ne peut pas être future.", page.QuerySelector("#Saisie_DateEngagement-erreur")?.TextContent);
        Assert.False(await app.DansDepartementAsync("49", db => db.Set<Parrain>().AnyAsync(p => p.UtilisateurId == compte)));
    }

    [Fact]
    public async Task Demonstration_donne_au_parrain_un_filleul_du_referent_avec_deux_rencontres()
    {
        var parrainages = await app.DansDepartementAsync("49", db => db.Set<ParrainageSuivi>().AsNoTracking().Include(p => p.Rencontres)
            .Where(p => db.Set<Parrain>().Any(x => x.Id == p.ParrainId && db.Users.Any(u => u.Id == x.UtilisateurId && u.Email == "parrain@49.passerelle.test"))).ToListAsync());
        var demo = Assert.Single(parrainages, p => p.Rencontres.Count == 2);
        Assert.Equal(StatutParrainage.EnCours, demo.Statut);
        using var parrain = await Navigateur.ConnecteAsync(app, "parrain@49");
        Assert.NotNull((await parrain.PageAsync("/parrainage/mes-filleuls")).QuerySelector($"tr[data-parrainage='{demo.Id}']"));
        Assert.Equal("/parrainage/mes-filleuls", (await parrain.PageAsync("/")).QuerySelector("main a[href='/parrainage/mes-filleuls']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Indicateurs_comptent_les_parrainages_finis_par_issue()
    {
        var (_, personne, id) = await ProposeAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.Equal(HttpStatusCode.Redirect, (await AgirAsync(app, referent, id, "Acte", Champ("acte", "Interrompre"), Champ("issue", "Abandon"))).StatusCode);
        Assert.Equal((StatutParrainage.Interrompu, IssueParrainage.Abandon), ((await DernierAsync(app, personne)).Statut, (await DernierAsync(app, personne)).Issue));
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var page = await agent.PageAsync($"/parrainage/indicateurs?Annee={HeureDeTest.Aujourdhui.Year}");
        Assert.Contains("Abandon", page.QuerySelector("#issues-parrainage")?.TextContent, StringComparison.Ordinal);
        using var lecteur = await Navigateur.ConnecteAsync(app, "lecteur@49");
        Assert.NotNull((await lecteur.PageAsync("/parrainage/indicateurs")).QuerySelector("#parrains-actifs"));
    }
}
