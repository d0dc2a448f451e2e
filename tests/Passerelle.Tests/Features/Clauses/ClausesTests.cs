using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Clauses;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using static Passerelle.Tests.Features.Clauses.ClausesDeTest;

namespace Passerelle.Tests.Features.Clauses;

/// <summary>Contracts, participants and monthly hours: the ceiling of working days, all-or-nothing months and imports, corrections that replace.</summary>
public sealed class ClausesTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Api_refuse_chaque_champ_du_marche_avec_sa_raison_et_un_numero_en_double()
    {
        using var robot = await RobotAsync(app);
        var refus = await robot.PostAsJsonAsync(new Uri("/api/v1/clauses", UriKind.Relative), new { numero = " ", objet = "x", dateDebut = "2025-06-01", dateFin = "2025-01-01", heuresExigees = 0 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refus.StatusCode);
        var erreurs = (await refus.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Indiquez le numéro du marché.", erreurs.GetProperty("Numero")[0].GetString());
        Assert.Equal("La date de fin du marché ne peut précéder sa date de début.", erreurs.GetProperty("DateFin")[0].GetString());
        Assert.StartsWith("Indiquez les heures d'insertion exigées", erreurs.GetProperty("HeuresExigees")[0].GetString(), StringComparison.Ordinal);
        Assert.True(erreurs.TryGetProperty("Acheteur", out _));

        var numero = Numero();
        var id = await MarcheAsync(robot, numero);
        var plan = (await robot.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/clauses/{id}", UriKind.Relative))).GetProperty("plan");
        Assert.Equal(12, plan.GetArrayLength());
        Assert.Equal(1200, plan.EnumerateArray().Sum(p => p.GetProperty("heures").GetInt32()));
        var doublon = await robot.PostAsJsonAsync(new Uri("/api/v1/clauses", UriKind.Relative),
            new { numero, acheteur = "Ville", objet = "Autre", dateDebut = "2025-01-01", dateFin = "2025-02-01", heuresExigees = 10 });
        Assert.StartsWith($"Un marché porte déjà le numéro {numero}", (await doublon.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("Numero")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mois_au_dela_des_jours_ouvres_est_refuse_sans_rien_ecrire_puis_une_correction_remplace_le_mois()
    {
        using var robot = await RobotAsync(app);
        var marche = await MarcheAsync(robot, Numero());
        var lea = await ParticipantAsync(robot, marche, "Plafond", "Léa");
        var paul = await ParticipantAsync(robot, marche, "Plafond", "Paul");

        // Mai 2025 : 19 jours ouvrés, 133 h au plus.
        var refus = await MoisAsync(robot, marche, "2025-05", (lea, 100), (paul, 134));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refus.StatusCode);
        var erreurs = (await refus.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Paul Plafond ne peut avoir plus de 133 h en mai 2025 (19 jours ouvrés × 7 h) : 134 h saisies.", erreurs.GetProperty(paul.ToString(System.Globalization.CultureInfo.InvariantCulture))[0].GetString());
        Assert.Equal(0, await app.DansDepartementAsync("49", db => db.Set<HeuresClause>().CountAsync(h => h.MarcheClauseId == marche)));

        Assert.Equal(HttpStatusCode.OK, (await MoisAsync(robot, marche, "2025-05", (lea, 100), (paul, 133))).StatusCode);
        Assert.Equal(233m, await RealiseesAsync(robot, marche, 2025));
        Assert.Equal(HttpStatusCode.OK, (await MoisAsync(robot, marche, "2025-05", (lea, 90.5m), (paul, null))).StatusCode);
        Assert.Equal(90.5m, await RealiseesAsync(robot, marche, 2025));
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.Set<HeuresClause>().CountAsync(h => h.MarcheClauseId == marche)));
    }

    [Fact]
    public async Task Plafond_compte_les_heures_de_la_personne_sur_tous_ses_marches()
    {
        using var robot = await RobotAsync(app);
        var (a, b) = (await MarcheAsync(robot, Numero()), await MarcheAsync(robot, Numero()));
        var surA = await ParticipantAsync(robot, a, "Deuxmarches", "Inès", "1990-02-03");
        var surB = await ParticipantAsync(robot, b, "Deuxmarches", "Inès", "1990-02-03");
        Assert.Equal(surA, surB);
        Assert.Equal(HttpStatusCode.OK, (await MoisAsync(robot, a, "2025-07", (surA, 100))).StatusCode);
        // Juillet 2025 : 22 jours ouvrés (14 juillet un lundi), 154 h.
        var refus = await MoisAsync(robot, b, "2025-07", (surB, 60));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refus.StatusCode);
        Assert.Contains("dont 100 h déjà saisies sur d'autres marchés", await refus.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await MoisAsync(robot, b, "2025-07", (surB, 54))).StatusCode);
        var futur = await MoisAsync(robot, b, $"{HeureDeTest.Aujourdhui.AddMonths(1):yyyy-MM}", (surB, 1));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, futur.StatusCode);
    }

    [Fact]
    public async Task Grille_du_facilitateur_montre_chaque_erreur_a_sa_ligne_n_enregistre_rien_puis_le_total_annuel_s_affiche()
    {
        using var robot = await RobotAsync(app);
        var marche = await MarcheAsync(robot, Numero());
        var a = await ParticipantAsync(robot, marche, "Grille", "Anne");
        var b = await ParticipantAsync(robot, marche, "Grille", "Bruno");
        using var facilitateur = await Navigateur.ConnecteAsync(app, "facilitateur@49");
        var url = $"/clauses/marches/{marche}/heures?mois=2025-06";
        var page = await Navigateur.DocumentAsync(await facilitateur.SoumettreAsync(url, new Dictionary<string, string> { [$"Heures[{a}]"] = "70", [$"Heures[{b}]"] = "141" }));
        Assert.Equal($"heures-{b}-erreur", page.QuerySelector($"#heures-{b}")?.GetAttribute("aria-describedby"));
        Assert.Contains("140 h en juin 2025", page.QuerySelector($"#heures-{b}-erreur")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.DansDepartementAsync("49", db => db.Set<HeuresClause>().CountAsync(h => h.MarcheClauseId == marche)));

        var enregistre = await facilitateur.SoumettreAsync(url, new Dictionary<string, string> { [$"Heures[{a}]"] = "70", [$"Heures[{b}]"] = "17,5" });
        Assert.Equal(HttpStatusCode.Redirect, enregistre.StatusCode);
        var fiche = await facilitateur.PageAsync($"/clauses/marches/{marche}");
        Assert.Equal("87,5", fiche.QuerySelector("#totaux-annuels tr[data-annee='2025'] .realisees")?.TextContent);
    }

    [Fact]
    public async Task Import_avec_une_ligne_fausse_ne_change_rien_et_nomme_ligne_et_colonne_puis_le_fichier_corrige_s_applique()
    {
        using var robot = await RobotAsync(app);
        var numero = Numero();
        var marche = await MarcheAsync(robot, numero);
        await ParticipantAsync(robot, marche, "Import", "Zoé", "1992-11-30");
        await ParticipantAsync(robot, marche, "Import", "Yves", "1980-01-02");
        var siret = await app.DansDepartementAsync("49", db => db.Set<Web.Features.Employeurs.Employeur>().Select(e => e.Siret).FirstAsync());
        using var facilitateur = await Navigateur.ConnecteAsync(app, "facilitateur@49");
        string Fichier(string heuresYves) =>
            $"Numéro de marché;Nom;Prénom;Date de naissance;Mois;Heures;SIRET de l'employeur\n{numero};IMPORT;Zoé;30/11/1992;03/2025;35;{siret}\n{numero};Import;Yves;02/01/1980;03/2025;{heuresYves};\n{numero};Import;Yves;02/01/1980;13/2025;7;\n";

        var refus = await Navigateur.DocumentAsync(await facilitateur.DeposerAsync("/clauses/import", [], "heures.csv", Encoding.UTF8.GetBytes(Fichier("160"))));
        var lignes = refus.QuerySelectorAll("#erreurs-import tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Contains(lignes, l => l.StartsWith("4mois", StringComparison.Ordinal) && l.Contains("13/2025", StringComparison.Ordinal));
        Assert.Equal(0, await app.DansDepartementAsync("49", db => db.Set<HeuresClause>().CountAsync(h => h.MarcheClauseId == marche)));

        var plafond = await Navigateur.DocumentAsync(await facilitateur.DeposerAsync("/clauses/import", [], "heures.csv", Encoding.UTF8.GetBytes(Fichier("160").Replace("13/2025", "04/2025", StringComparison.Ordinal))));
        Assert.Contains("3heures", plafond.QuerySelector("#erreurs-import tbody tr")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.DansDepartementAsync("49", db => db.Set<HeuresClause>().CountAsync(h => h.MarcheClauseId == marche)));

        var ok = await Navigateur.DocumentAsync(await facilitateur.DeposerAsync("/clauses/import", [], "heures.csv", Encoding.UTF8.GetBytes(Fichier("140").Replace("13/2025", "04/2025", StringComparison.Ordinal))));
        Assert.Contains("3 ligne(s) enregistrée(s)", ok.QuerySelector("#resultat-import")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(182m, await RealiseesAsync(robot, marche, 2025));
        Assert.NotNull(await app.DansDepartementAsync("49", db => db.Set<HeuresClause>().Where(h => h.MarcheClauseId == marche && h.Heures == 35).Select(h => h.EmployeurId).SingleAsync()));
    }

    [Fact]
    public async Task Facilitateur_rattache_un_participant_a_un_parcours_trouve_par_nom_et_date_de_naissance()
    {
        var personne = await app.DansDepartementAsync("49", db => db.Set<Parcours>().Select(p => p.Personne!).Select(p => new { p.Id, p.Nom, p.Prenoms, p.DateNaissance }).FirstAsync());
        using var robot = await RobotAsync(app);
        var marche = await MarcheAsync(robot, Numero());
        var participant = await ParticipantAsync(robot, marche, personne.Nom, personne.Prenoms.Split(' ')[0], personne.DateNaissance.ToString("yyyy-MM-dd"));
        using var facilitateur = await Navigateur.ConnecteAsync(app, "facilitateur@49");
        var page = await facilitateur.PageAsync($"/clauses/participants/{participant}?Nom={Uri.EscapeDataString(personne.Nom)}&Naissance={personne.DateNaissance:yyyy-MM-dd}");
        Assert.Contains(personne.Nom, page.QuerySelector("#personnes-trouvees")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await facilitateur.SoumettreAsync($"/clauses/participants/{participant}", new Dictionary<string, string> { ["personneId"] = personne.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) })).StatusCode);
        Assert.Equal(personne.Id, await app.DansDepartementAsync("49", db => db.Set<ParticipantClause>().Where(p => p.Id == participant).Select(p => p.PersonneId).SingleAsync()));
    }
}
