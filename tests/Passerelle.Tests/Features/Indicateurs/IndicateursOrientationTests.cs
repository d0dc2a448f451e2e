using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Features.Dossiers;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;
using static Passerelle.Tests.Features.Portefeuille.DonneesPortefeuille;

namespace Passerelle.Tests.Features.Indicateurs;

/// <summary>
/// Each test owns a year long past (2001, 2002…) so that no demo row and no other test's row falls
/// in its period: the expected figures are exact.
/// </summary>
public sealed class IndicateursOrientationTests(Application app) : IClassFixture<Application>
{
    private static DateTime Paris(int annee, int mois, int jour, int heure, int minute) =>
        new DateTimeOffset(annee, mois, jour, heure, minute, 0, TimeSpan.FromHours(1)).UtcDateTime;

    private static async Task<JsonElement> ApiAsync(Navigateur navigateur, string requete)
    {
        var reponse = await navigateur.GetAsync($"/api/v1/indicateurs/orientation?{requete}");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        return JsonDocument.Parse(await reponse.Content.ReadAsStringAsync()).RootElement;
    }

    private static double? Valeur(JsonElement racine, params string[] chemin)
    {
        var e = chemin.Aggregate(racine, (x, nom) => x.GetProperty(nom));
        return e.GetProperty("valeur").ValueKind == JsonValueKind.Null ? null : e.GetProperty("valeur").GetDouble();
    }

    private static bool Masquee(JsonElement racine, params string[] chemin) =>
        chemin.Aggregate(racine, (x, nom) => x.GetProperty(nom)).GetProperty("masquee").GetBoolean();

    /// <summary>An oriented parcours entered <paramref name="jours"/> days before its orientation (deadline 42 days).</summary>
    private Task<(int PersonneId, int ParcoursId, string Nom)> OrienteAsync(DateOnly orientation, int jours, string? territoire = Angers, Action<Parcours>? plus = null) =>
        PersonneAsync(app, p =>
        {
            (p.Etape, p.TypeOrientation, p.DateOrientation) = (EtapeParcours.SansReferent, TypeOrientation.Sociale, orientation);
            p.DateEntree = orientation.AddDays(-jours);
            p.EcheanceOrientation = p.DateEntree.AddDays(42);
            plus?.Invoke(p);
        }, territoire);

    private async Task JeuDeDonnees2001Async()
    {
        var o = new DateOnly(2001, 6, 1);
        var a = await OrienteAsync(o, 10, plus: p => (p.DatePremierRdvReferent, p.EcheancePremierRdv) = (o.AddDays(7), o.AddDays(14)));
        var b = await OrienteAsync(o, 20, plus: p => (p.DatePremierRdvReferent, p.EcheancePremierRdv) = (o.AddDays(21), o.AddDays(14)));
        var c = await OrienteAsync(o, 30);
        await OrienteAsync(o, 100);
        await OrienteAsync(new DateOnly(2002, 1, 10), 5);
        await PersonneAsync(app, p => (p.DateEntree, p.DateCloture, p.Etape) = (new DateOnly(2001, 2, 1), new DateOnly(2001, 11, 1), EtapeParcours.Clos));
        var referent = await CompteAsync(app, "referent@49");
        await DesignerAsync(app, a.ParcoursId, a.PersonneId, referent, TypeOrientation.Sociale, new DateOnly(2001, 6, 10));
        await DesignerAsync(app, b.ParcoursId, b.PersonneId, referent, TypeOrientation.Sociale, new DateOnly(2001, 6, 10), fin: new DateOnly(2001, 10, 1));

        var entrants = await CreerAsync(app, Angers, "49007", "ANGERS",
            new PersonneDeTest(NomUnique(), "UN", new DateOnly(1980, 1, 1)), new PersonneDeTest(NomUnique(), "DEUX", new DateOnly(1980, 1, 1), "CJT"),
            new PersonneDeTest(NomUnique(), "TROIS", new DateOnly(1980, 1, 1), "AUT"), new PersonneDeTest(NomUnique(), "RETOUR", new DateOnly(1980, 1, 1), "AUT"));
        foreach (var p in entrants.Personnes.Take(3)) await AjouterHistoriqueAsync(app, entrants, p, new DateOnly(2001, 3, 1), EvenementDroit.NouvelEntrant);
        await AjouterHistoriqueAsync(app, entrants, entrants.Personnes[3], new DateOnly(2001, 3, 1), EvenementDroit.Retour);
        await AjouterHistoriqueAsync(app, entrants, entrants.Personnes[3], new DateOnly(2000, 12, 31), EvenementDroit.NouvelEntrant);

        foreach (var statut in new[] { StatutRendezVous.Honore, StatutRendezVous.Honore, StatutRendezVous.Honore, StatutRendezVous.Absent, StatutRendezVous.Excuse, StatutRendezVous.Planifie, StatutRendezVous.Revoque })
            await RendezVousAsync(app, c.PersonneId, Paris(2001, 4, 2, 10, 0), statut);
        await RendezVousAsync(app, c.PersonneId, Paris(2001, 12, 31, 23, 30), StatutRendezVous.Honore);
        await RendezVousAsync(app, c.PersonneId, Paris(2002, 1, 1, 0, 30), StatutRendezVous.Absent);
        await RendezVousAsync(app, c.PersonneId, Paris(2001, 1, 1, 0, 30), StatutRendezVous.Absent, convocation: true);
        await RendezVousAsync(app, c.PersonneId, Paris(2000, 12, 31, 23, 30), StatutRendezVous.Honore, convocation: true);
        foreach (var statut in new[] { StatutRendezVous.Absent, StatutRendezVous.Honore, StatutRendezVous.Honore })
            await RendezVousAsync(app, c.PersonneId, Paris(2001, 9, 1, 9, 0), statut, convocation: true);

        await app.DansDepartementAsync("49", async db =>
        {
            DecisionOrientation Decision(StatutDecision statut, OrigineOrientation origine) => new()
            {
                ParcoursId = c.ParcoursId,
                PersonneId = c.PersonneId,
                Type = TypeOrientation.Professionnelle,
                Origine = origine,
                Statut = statut,
                Motif = "test",
                ProposeeLe = Paris(2001, 7, 1, 12, 0),
                ProposeePar = "test",
            };
            db.AddRange(Decision(StatutDecision.Proposee, OrigineOrientation.Reorientation), Decision(StatutDecision.Proposee, OrigineOrientation.Reorientation),
                Decision(StatutDecision.Validee, OrigineOrientation.Reorientation), Decision(StatutDecision.Refusee, OrigineOrientation.Reorientation),
                Decision(StatutDecision.Validee, OrigineOrientation.Manuelle));
            await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task Indicateurs_d_une_periode_sont_exacts_pour_l_agent_et_masques_sous_5_pour_le_lecteur()
    {
        await JeuDeDonnees2001Async();
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var r = await ApiAsync(agent, "du=2001-01-01&au=2001-12-31");
        Assert.False(r.GetProperty("secretStatistique").GetBoolean());
        Assert.Equal(3, Valeur(r, "nouveauxEntrants"));
        Assert.Equal([4, 40, 25, 3, 75], new[] { "effectif", "moyenneJours", "medianeJours", "dansLeDelai", "partDansLeDelai" }.Select(n => Valeur(r, "delaiEntreeOrientation", n)));
        Assert.Equal([2, 14, 14, 1, 50], new[] { "effectif", "moyenneJours", "medianeJours", "dansLeDelai", "partDansLeDelai" }.Select(n => Valeur(r, "delaiOrientationPremierRdv", n)));
        Assert.Equal("2001-12-31", r.GetProperty("sansReferent").GetProperty("date").GetString());
        Assert.Equal([4, 3, 75, 3], new[] { "total", "sansReferent", "part", "dontOrientes" }.Select(n => Valeur(r, "sansReferent", n)));
        Assert.Equal([1, 6, 16.7], new[] { "absents", "base", "taux" }.Select(n => Valeur(r, "absenceApresInvitation", n)));
        Assert.Equal([2, 4, 50], new[] { "absents", "base", "taux" }.Select(n => Valeur(r, "absenceApresConvocation", n)));
        Assert.Equal([4, 2, 1, 1], new[] { "total", "enAttente", "validees", "refusees" }.Select(n => Valeur(r, "reorientations", n)));

        using var lecteur = await Navigateur.ConnecteAsync(app, "lecteur@49");
        var l = await ApiAsync(lecteur, "du=2001-01-01&au=2001-12-31");
        Assert.True(l.GetProperty("secretStatistique").GetBoolean());
        Assert.True(Masquee(l, "nouveauxEntrants"));
        Assert.Null(Valeur(l, "nouveauxEntrants"));
        Assert.True(Masquee(l, "delaiEntreeOrientation", "moyenneJours"));
        // Six appointments in the year but five in April and one in December: the year would give December's one away
        // once April is asked; and a rate is never shown without its counts (16.7 % of 6 is one absence).
        Assert.True(Masquee(l, "absenceApresInvitation", "base"));
        Assert.True(Masquee(l, "absenceApresInvitation", "taux"));
        Assert.True(Masquee(l, "absenceApresInvitation", "absents"));
        var page = await lecteur.PageAsync("/indicateurs/orientation?Filtre.Du=2001-01-01&Filtre.Au=2001-12-31");
        Assert.Equal("secret statistique", page.QuerySelector("#nouveaux-entrants .valeur")?.TextContent);
        Assert.NotNull(page.QuerySelector("#secret-statistique"));
        Assert.Equal("3", (await agent.PageAsync("/indicateurs/orientation?Filtre.Du=2001-01-01&Filtre.Au=2001-12-31")).QuerySelector("#nouveaux-entrants .valeur")?.TextContent);
    }

    [Fact]
    public async Task Agent_territorial_ne_compte_que_son_territoire()
    {
        var o = new DateOnly(2004, 3, 1);
        await OrienteAsync(o, 10);
        await OrienteAsync(o, 20);
        await OrienteAsync(o, 30, Saumurois);
        var (angers, saumurois) = await app.DansDepartementAsync("49", async db =>
            (await db.Territoires.Where(t => t.Nom == Angers).Select(t => t.Id).SingleAsync(), await db.Territoires.Where(t => t.Nom == Saumurois).Select(t => t.Id).SingleAsync()));

        using var territorial = await Navigateur.ConnecteAsync(app, "agent-territoire@49");
        Assert.Equal(2, Valeur(await ApiAsync(territorial, "du=2004-01-01&au=2004-12-31"), "delaiEntreeOrientation", "effectif"));
        Assert.Equal(HttpStatusCode.BadRequest, (await territorial.GetAsync($"/api/v1/indicateurs/orientation?du=2004-01-01&au=2004-12-31&territoireId={saumurois}")).StatusCode);
        Assert.NotNull((await territorial.PageAsync($"/indicateurs/orientation?Filtre.TerritoireId={saumurois}")).QuerySelector(".fr-alert--error"));
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Equal(3, Valeur(await ApiAsync(agent, "du=2004-01-01&au=2004-12-31"), "delaiEntreeOrientation", "effectif"));
        Assert.Equal(1, Valeur(await ApiAsync(agent, $"du=2004-01-01&au=2004-12-31&territoireId={saumurois}"), "delaiEntreeOrientation", "effectif"));
        using var pilote = await Navigateur.ConnecteAsync(app, "pilote@49");
        Assert.True(Masquee(await ApiAsync(pilote, $"du=2004-01-01&au=2004-12-31&territoireId={angers}"), "delaiEntreeOrientation", "effectif"));
        using var voisin = await Navigateur.ConnecteAsync(app, "agent@37");
        Assert.Equal(0, Valeur(await ApiAsync(voisin, "du=2004-01-01&au=2004-12-31"), "delaiEntreeOrientation", "effectif"));
        Assert.Equal(HttpStatusCode.BadRequest, (await voisin.GetAsync($"/api/v1/indicateurs/orientation?territoireId={angers}")).StatusCode);
    }

    [Fact]
    public async Task Entrants_et_absences_d_un_territoire_suivent_le_dossier_courant_de_la_personne()
    {
        async Task<int> EntrantAsync(string? territoire, params StatutRendezVous[] invitations)
        {
            var dossier = await CreerAsync(app, territoire, "49007", "ANGERS", new PersonneDeTest(NomUnique(), "ENTRANT", new DateOnly(1980, 1, 1)));
            await AjouterHistoriqueAsync(app, dossier, dossier.Personnes[0], new DateOnly(2003, 5, 2), EvenementDroit.NouvelEntrant);
            foreach (var statut in invitations) await RendezVousAsync(app, dossier.Personnes[0], Paris(2003, 6, 2, 10, 0), statut);
            return dossier.Personnes[0];
        }
        var angers = await EntrantAsync(Angers, StatutRendezVous.Honore, StatutRendezVous.Absent);
        await EntrantAsync(Angers);
        await EntrantAsync(Saumurois, StatutRendezVous.Absent);
        await EntrantAsync(null, StatutRendezVous.Absent);
        await RendezVousAsync(app, angers, Paris(2003, 7, 1, 9, 0), StatutRendezVous.Absent, convocation: true);
        var saumurois = await app.DansDepartementAsync("49", db => db.Territoires.Where(t => t.Nom == Saumurois).Select(t => t.Id).SingleAsync());
        double?[] Chiffres(JsonElement r) =>
            [Valeur(r, "nouveauxEntrants"), Valeur(r, "absenceApresInvitation", "absents"), Valeur(r, "absenceApresInvitation", "base"), Valeur(r, "absenceApresConvocation", "absents")];

        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Equal([4, 3, 4, 1], Chiffres(await ApiAsync(agent, "du=2003-01-01&au=2003-12-31")));
        Assert.Equal([1, 1, 1, 0], Chiffres(await ApiAsync(agent, $"du=2003-01-01&au=2003-12-31&territoireId={saumurois}")));
        using var territorial = await Navigateur.ConnecteAsync(app, "agent-territoire@49");
        Assert.Equal([2, 1, 2, 1], Chiffres(await ApiAsync(territorial, "du=2003-01-01&au=2003-12-31")));
    }

    /// <summary>Orientations of a year in Angers: January 3, February 6, March 6 (2 of them beyond the deadline); Saumurois 2 in February.</summary>
    private async Task TroisMoisAsync(int annee)
    {
        foreach (var (mois, nombre) in new[] { (1, 3), (2, 6), (3, 6) })
            for (var i = 0; i < nombre; i++) await OrienteAsync(new DateOnly(annee, mois, 10), i < 2 && mois == 3 ? 60 : 10);
        for (var i = 0; i < 2; i++) await OrienteAsync(new DateOnly(annee, 2, 12), 10, Saumurois);
    }

    [Fact]
    public async Task Sous_secret_la_difference_de_deux_periodes_ne_donne_pas_un_petit_mois()
    {
        await TroisMoisAsync(2011);
        using var lecteur = await Navigateur.ConnecteAsync(app, "lecteur@49");
        // Whole months: a period cut inside a month is widened to it.
        var fevrierMars = await ApiAsync(lecteur, "du=2011-02-10&au=2011-03-05");
        Assert.Equal(("2011-02-01", "2011-03-31"), (fevrierMars.GetProperty("du").GetString(), fevrierMars.GetProperty("au").GetString()));
        Assert.Equal(14, Valeur(fevrierMars, "delaiEntreeOrientation", "effectif"));
        // January has 3: any period holding it is hidden, so January − March minus February − March gives nothing.
        Assert.True(Masquee(await ApiAsync(lecteur, "du=2011-01-01&au=2011-03-31"), "delaiEntreeOrientation", "effectif"));
        Assert.True(Masquee(await ApiAsync(lecteur, "du=2011-01-01&au=2011-12-31"), "delaiEntreeOrientation", "moyenneJours"));
        // March's two beyond the deadline hide the part within it, not the count.
        Assert.True(Masquee(fevrierMars, "delaiEntreeOrientation", "dansLeDelai"));
        Assert.True(Masquee(fevrierMars, "delaiEntreeOrientation", "partDansLeDelai"));
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Equal(17, Valeur(await ApiAsync(agent, "du=2011-01-01&au=2011-03-31"), "delaiEntreeOrientation", "effectif"));
    }

    [Fact]
    public async Task Cle_d_api_d_un_partenaire_lit_les_indicateurs_sous_secret()
    {
        await TroisMoisAsync(2015);
        var (cle, _) = await Acces.ClesDeTest.CreerAsync(app, "49", [Passerelle.Web.Platform.Securite.PorteesApi.IndicateursLecture]);
        using var partenaire = Acces.ClesDeTest.Robot(app, cle);
        var reponse = await partenaire.GetAsync("/api/v1/indicateurs/orientation?du=2015-01-01&au=2015-03-31");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var r = JsonDocument.Parse(await reponse.Content.ReadAsStringAsync()).RootElement;
        Assert.True(r.GetProperty("secretStatistique").GetBoolean());
        Assert.True(Masquee(r, "delaiEntreeOrientation", "effectif"));
        Assert.Equal(14, Valeur(JsonDocument.Parse(await (await partenaire.GetAsync("/api/v1/indicateurs/orientation?du=2015-02-01&au=2015-03-31")).Content.ReadAsStringAsync()).RootElement,
            "delaiEntreeOrientation", "effectif"));
    }

    [Fact]
    public async Task Sous_secret_le_departement_moins_les_territoires_publies_ne_donne_pas_un_petit_territoire()
    {
        await TroisMoisAsync(2013);
        var (angers, saumurois) = await app.DansDepartementAsync("49", async db =>
            (await db.Territoires.Where(t => t.Nom == Angers).Select(t => t.Id).SingleAsync(), await db.Territoires.Where(t => t.Nom == Saumurois).Select(t => t.Id).SingleAsync()));
        using var pilote = await Navigateur.ConnecteAsync(app, "pilote@49");
        const string fevrier = "du=2013-02-01&au=2013-02-28";
        Assert.Equal(8, Valeur(await ApiAsync(pilote, fevrier), "delaiEntreeOrientation", "effectif"));
        Assert.True(Masquee(await ApiAsync(pilote, $"{fevrier}&territoireId={saumurois}"), "delaiEntreeOrientation", "effectif"));
        // Angers has 6, yet shown it would give Saumurois's 2 as 8 − 6: it is hidden with it.
        Assert.True(Masquee(await ApiAsync(pilote, $"{fevrier}&territoireId={angers}"), "delaiEntreeOrientation", "effectif"));
        var page = await pilote.PageAsync($"/indicateurs/orientation?Filtre.Du=2013-02-01&Filtre.Au=2013-02-28&Filtre.TerritoireId={angers}");
        Assert.Equal("secret statistique", page.QuerySelector("#delai-orientation .effectif")?.TextContent);
    }

    [Fact]
    public async Task Periode_par_defaut_est_l_annee_en_cours_et_une_periode_inversee_est_refusee()
    {
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var r = await ApiAsync(agent, "");
        var annee = HeureDeTest.Aujourdhui.Year;
        Assert.Equal($"{annee}-01-01", r.GetProperty("du").GetString());
        Assert.Equal($"{annee}-12-31", r.GetProperty("au").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.GetAsync("/api/v1/indicateurs/orientation?du=2002-01-01&au=2001-01-01")).StatusCode);

        // Under secrecy, months over only: the current month is incomplete and changes from one day to the next.
        using var lecteur = await Navigateur.ConnecteAsync(app, "lecteur@49");
        var aujourdhui = HeureDeTest.Aujourdhui;
        var debutDuMois = new DateOnly(aujourdhui.Year, aujourdhui.Month, 1);
        var l = await ApiAsync(lecteur, "");
        Assert.Equal(debutDuMois.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), l.GetProperty("au").GetString());
        Assert.Equal(l.GetProperty("au").GetString(), l.GetProperty("sansReferent").GetProperty("date").GetString());
        var moisEnCours = await lecteur.GetAsync($"/api/v1/indicateurs/orientation?du={debutDuMois:yyyy-MM-dd}&au={aujourdhui:yyyy-MM-dd}");
        Assert.Equal(HttpStatusCode.BadRequest, moisEnCours.StatusCode);
        Assert.Contains("mois terminés", await moisEnCours.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await lecteur.GetAsync("/api/v1/indicateurs/orientation?du=1990-01-01&au=2020-12-31")).StatusCode);
    }

    [Theory]
    [InlineData("referent@49")]
    [InlineData("responsable@49")]
    [InlineData("admin@49")]
    [InlineData("operateur@49")]
    [InlineData("membre-ep@49")]
    [InlineData("beneficiaire@49")]
    public async Task Indicateurs_sont_refuses_aux_autres_roles(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Refus.Refuse(await navigateur.GetAsync("/indicateurs/orientation"), $"{login} page");
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync("/api/v1/indicateurs/orientation")).StatusCode);
    }

    [Fact]
    public async Task Sans_session_les_indicateurs_sont_refuses()
    {
        using var navigateur = Navigateur.Anonyme(app);
        Refus.VersConnexion(await navigateur.GetAsync("/indicateurs/orientation"), "page");
        Assert.Equal(HttpStatusCode.Unauthorized, (await navigateur.GetAsync("/api/v1/indicateurs/orientation")).StatusCode);
    }
}
