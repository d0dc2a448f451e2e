using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Tests.Features.Envois;
using Passerelle.Tests.Features.Orientation;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Agenda.Reservation;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using static Passerelle.Tests.Features.Coordonnees.CoordonneesDeTest;

namespace Passerelle.Tests.Features.Agenda;

/// <summary>
/// The invitation link a person answers (decision 0015), against the real SMTP server and the SMS stand-in:
/// link by SMS and e-mail, birth date, booking, reminder at J-2 by the chosen channel, and the bad input
/// (expired, guessed, wrong birth dates, used twice, the last place taken twice, changes on the day).
/// </summary>
public sealed class ReservationEnLigneTests(EnvoisDeTest envois) : IClassFixture<EnvoisDeTest>
{
    private const string Naissance = "1985-04-12";
    private Application App => envois.App;

    private sealed record Invite(PersonneSuivie Personne, string Mobile, string Email, string Lien);

    private async Task<Invite> InvitationEnvoyeeAsync()
    {
        var p = await ParcoursDeTest.CreerAsync(App);
        var (mobile, email) = (Mobile(), Email("resa"));
        using var agent = await Navigateur.ConnecteAsync(App, "agent@49");
        await EnregistrerAsync(agent, App, p.PersonneId, mobile, email);
        var message = await InviterAsync(agent, App, p);
        Assert.Contains("e-mail envoyé", message, StringComparison.Ordinal);
        Assert.Contains("SMS envoyé", message, StringComparison.Ordinal);
        return new Invite(p, mobile, email, LienRecu(envois, email));
    }

    private Task<int> CreneauAsync(PersonneSuivie p, int jours, int capacite = 1) =>
        App.DansDepartementAsync("49", async db =>
        {
            var territoire = await db.Set<Parcours>().Where(x => x.Id == p.ParcoursId).Select(x => x.TerritoireId).FirstAsync();
            var structure = await db.Set<StructureTerritoire>().Where(t => territoire == null || t.TerritoireId == territoire).Select(t => t.StructureId).FirstAsync();
            var debut = TimeZoneInfo.ConvertTimeToUtc(HeureDeTest.Aujourdhui.AddDays(jours).ToDateTime(new TimeOnly(10, 0)), FuseauxDepartements.Paris);
            var creneau = new Creneau { StructureId = structure, Type = TypeRendezVous.EntretienOrientation, Debut = debut, Lieu = "Salle " + Guid.NewGuid().ToString("N")[..6], Capacite = capacite };
            db.Add(creneau);
            await db.SaveChangesAsync();
            return creneau.Id;
        });

    private static async Task<Navigateur> OuvrirAsync(Application app, string lien)
    {
        var personne = Navigateur.Anonyme(app);
        var reponse = await personne.SoumettreAsync(lien, [Champ("DateNaissance", Naissance)], lien + "?handler=Verifier");
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        return personne;
    }

    private static async Task<string> AgirAsync(Navigateur personne, string lien, string handler, params KeyValuePair<string, string>[] champs)
    {
        var reponse = await personne.SoumettreAsync(lien, champs, $"{lien}?handler={handler}");
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        return (await personne.PageAsync(lien)).QuerySelector("[role=status], [role=alert]")?.TextContent.Trim() ?? "";
    }

    private Task<Invitation> InvitationAsync(int personneId) =>
        App.DansDepartementAsync("49", db => db.Set<Invitation>().AsNoTracking().Include(i => i.RendezVous).SingleAsync(i => i.PersonneId == personneId));

    private Task<int> OccupesAsync(int creneauId) => App.DansDepartementAsync("49", db => db.Set<Creneau>().Where(c => c.Id == creneauId).Select(c => c.Occupes).SingleAsync());

    [Fact]
    public async Task Lien_recu_par_sms_et_email_permet_de_reserver_puis_le_rappel_part_a_j_moins_2_par_le_canal_choisi_une_seule_fois()
    {
        var invite = await InvitationEnvoyeeAsync();
        Assert.Contains(SmsRecus(envois, invite.Mobile), t => t.Contains(invite.Lien, StringComparison.Ordinal));
        var creneau = await CreneauAsync(invite.Personne, 4);

        using var personne = Navigateur.Anonyme(App);
        var verification = await personne.PageAsync(invite.Lien);
        Assert.NotNull(verification.QuerySelector("#form-verification"));
        Assert.DoesNotContain(invite.Personne.Nom, verification.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("noindex, nofollow", verification.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal(HttpStatusCode.Redirect, (await personne.SoumettreAsync(invite.Lien, [Champ("DateNaissance", Naissance)], invite.Lien + "?handler=Verifier")).StatusCode);
        var page = await personne.PageAsync(invite.Lien);
        Assert.Contains("Bonjour Camille", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(invite.Personne.Nom, page.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("Votre rendez-vous est pris", await AgirAsync(personne, invite.Lien, "Reserver", Champ("CreneauId", creneau), Champ("CanalRappel", "Sms")), StringComparison.Ordinal);

        var invitation = await InvitationAsync(invite.Personne.PersonneId);
        var rdv = invitation.RendezVous!;
        Assert.Equal(((int?)creneau, false, (CanalEnvoi?)CanalEnvoi.Sms, ServiceReservation.Auteur), (rdv.CreneauId, rdv.Convocation, rdv.CanalRappel, rdv.CreePar));
        Assert.Equal(EtapeParcours.Convoque, (await ParcoursDeTest.LireAsync(App, invite.Personne.ParcoursId)).Etape);
        Assert.True(await App.DansDepartementAsync("49", db => db.Audit.AnyAsync(a => a.Action == ActionsReservation.Reservation && a.ObjetId == invitation.Id.ToString() && a.Utilisateur == ServiceReservation.Auteur)));
        Assert.Single(envois.Smtp.RecusPour(invite.Email), m => (m.Subject ?? "").Contains("Convocation", StringComparison.Ordinal));

        var jour = HeureDeTest.Aujourdhui.AddDays(4);
        Assert.Equal(0, await RappelerAsync(jour.AddDays(-3)));
        await RappelerAsync(jour.AddDays(-2));
        await RappelerAsync(jour.AddDays(-1));
        Assert.Single(SmsRecus(envois, invite.Mobile), t => t.Contains("rappel", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(envois.Smtp.RecusPour(invite.Email), m => (m.Subject ?? "").Contains("Rappel", StringComparison.Ordinal));

        async Task<int> RappelerAsync(DateOnly le) =>
            await envois.DansDepartementAsync("49", async (services, _) =>
            {
                var horloge = new FakeTimeProvider(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(le.ToDateTime(new TimeOnly(8, 0)), FuseauxDepartements.Paris), TimeSpan.Zero));
                var heure = ActivatorUtilities.CreateInstance<HeureLegale>(services, horloge);
                var avant = SmsRecus(envois, invite.Mobile).Count;
                await ActivatorUtilities.CreateInstance<ServiceRappels>(services, heure).ExecuterAsync(CancellationToken.None);
                return SmsRecus(envois, invite.Mobile).Count - avant;
            });
    }

    [Fact]
    public async Task Lien_devine_ou_expire_recoit_la_meme_reponse_et_n_ouvre_rien()
    {
        var invite = await InvitationEnvoyeeAsync();
        using var personne = Navigateur.Anonyme(App);
        var devine = "/rdv/" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var reponseDevine = await personne.GetAsync(devine);
        var jeton = (await personne.PageAsync(invite.Lien)).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");

        await App.DansDepartementAsync("49", db => db.Set<Invitation>().Where(i => i.PersonneId == invite.Personne.PersonneId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpireLe, HeureDeTest.Aujourdhui.AddDays(-1))));
        var reponseExpire = await personne.GetAsync(invite.Lien);

        Assert.Equal(HttpStatusCode.NotFound, reponseDevine.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reponseExpire.StatusCode);
        var (texteDevine, texteExpire) = ((await Navigateur.DocumentAsync(reponseDevine)).QuerySelector("main")?.TextContent, (await Navigateur.DocumentAsync(reponseExpire)).QuerySelector("main")?.TextContent);
        Assert.Contains(AccesReservation.LienInvalide, texteExpire, StringComparison.Ordinal);
        Assert.Equal(texteDevine, texteExpire);
        var apresDate = await personne.PosterAsync(invite.Lien + "?handler=Verifier", [Champ("DateNaissance", Naissance)], jeton);
        Assert.Equal(HttpStatusCode.NotFound, apresDate.StatusCode);
    }

    [Fact]
    public async Task Dates_de_naissance_erronees_bloquent_le_lien_apres_cinq_essais_et_une_adresse_apres_vingt()
    {
        var invite = await InvitationEnvoyeeAsync();
        using var personne = Navigateur.Anonyme(App);
        var messages = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var reponse = await personne.SoumettreAsync(invite.Lien, [Champ("DateNaissance", "1985-04-13")], invite.Lien + "?handler=Verifier");
            messages.Add((await Navigateur.DocumentAsync(reponse)).QuerySelector("#erreur-verification")?.TextContent.Trim() ?? "");
        }
        Assert.All(messages[..4], m => Assert.Equal(ReservationModel.DateErronee, m));
        Assert.Equal(ReservationModel.Bloque, messages[4]);
        var bonne = await personne.SoumettreAsync(invite.Lien, [Champ("DateNaissance", Naissance)], invite.Lien + "?handler=Verifier");
        Assert.Equal(ReservationModel.Bloque, (await Navigateur.DocumentAsync(bonne)).QuerySelector("#erreur-verification")?.TextContent.Trim());
        Assert.Equal(5, await App.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == ActionsReservation.DateNaissanceErronee && a.Utilisateur == ServiceReservation.Auteur
            && a.ObjetId == db.Set<Invitation>().Where(x => x.PersonneId == invite.Personne.PersonneId).Select(x => x.Id.ToString()).First())));

        // One address trying many links: blocked even with the right date of a valid link.
        var autre = await InvitationEnvoyeeAsync();
        var jeton = autre.Lien["/rdv/".Length..];
        var issues = await App.DansDepartementAsync("49", async (_, services) =>
        {
            var acces = services.GetRequiredService<AccesReservation>();
            for (var i = 0; i < RegleEssais.EchecsParAdresse; i++) await acces.VerifierAsync("devine" + Guid.NewGuid().ToString("N"), null, "203.0.113.9", CancellationToken.None);
            return (Bloquee: await acces.VerifierAsync(jeton, DateOnly.Parse(Naissance, System.Globalization.CultureInfo.InvariantCulture), "203.0.113.9", CancellationToken.None),
                Ailleurs: await acces.VerifierAsync(jeton, DateOnly.Parse(Naissance, System.Globalization.CultureInfo.InvariantCulture), "198.51.100.7", CancellationToken.None));
        });
        Assert.Equal((IssueVerification.Bloquee, IssueVerification.Valide), issues);
    }

    [Fact]
    public async Task Lien_utilise_deux_fois_montre_le_rendez_vous_qui_se_deplace_et_s_annule_jusqu_a_la_veille_mais_pas_le_jour_meme()
    {
        var invite = await InvitationEnvoyeeAsync();
        var (premier, second) = (await CreneauAsync(invite.Personne, 2), await CreneauAsync(invite.Personne, 3));
        using (var personne = await OuvrirAsync(App, invite.Lien))
            await AgirAsync(personne, invite.Lien, "Reserver", Champ("CreneauId", premier), Champ("CanalRappel", "Email"));

        using var ensuite = await OuvrirAsync(App, invite.Lien);
        var page = await ensuite.PageAsync(invite.Lien);
        Assert.NotNull(page.QuerySelector("#rendez-vous-reserve"));
        Assert.NotNull(page.QuerySelector("#annuler"));
        Assert.Contains("déjà un rendez-vous", await AgirAsync(ensuite, invite.Lien, "Reserver", Champ("CreneauId", second)), StringComparison.Ordinal);
        Assert.Contains("Votre rendez-vous est pris", await AgirAsync(ensuite, invite.Lien, "Deplacer", Champ("CreneauId", second)), StringComparison.Ordinal);
        Assert.Equal((0, 1), (await OccupesAsync(premier), await OccupesAsync(second)));
        var deplace = (await InvitationAsync(invite.Personne.PersonneId)).RendezVous!;
        Assert.Equal(((int?)second, (CanalEnvoi?)CanalEnvoi.Email), (deplace.CreneauId, deplace.CanalRappel));

        // On the day itself the page offers no change any more, and a form kept from the day before is refused.
        var jeton = (await ensuite.PageAsync(invite.Lien)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        await App.DansDepartementAsync("49", db => db.Set<RendezVous>().Where(r => r.Id == deplace.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Debut, HeureDeTest.MaintenantUtc)));
        Assert.Null((await ensuite.PageAsync(invite.Lien)).QuerySelector("#annuler"));
        Assert.Equal(HttpStatusCode.Redirect, (await ensuite.PosterAsync(invite.Lien + "?handler=Annuler", [], jeton)).StatusCode);
        Assert.Contains("jusqu'à la veille", (await ensuite.PageAsync(invite.Lien)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(StatutRendezVous.Planifie, (await InvitationAsync(invite.Personne.PersonneId)).RendezVous!.Statut);
        await App.DansDepartementAsync("49", db => db.Set<RendezVous>().Where(r => r.Id == deplace.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Debut, HeureDeTest.MaintenantUtc.AddDays(2))));
        Assert.Contains("Votre rendez-vous est annulé", await AgirAsync(ensuite, invite.Lien, "Annuler"), StringComparison.Ordinal);
        Assert.Equal(0, await OccupesAsync(second));
        var annule = await App.DansDepartementAsync("49", db => db.Set<RendezVous>().AsNoTracking().SingleAsync(r => r.Id == deplace.Id));
        Assert.Equal((StatutRendezVous.Excuse, ServiceReservation.Auteur), (annule.Statut, annule.StatutPar));
        Assert.Null((await InvitationAsync(invite.Personne.PersonneId)).RendezVousId);
    }

    [Fact]
    public async Task Deux_personnes_qui_prennent_la_derniere_place_en_meme_temps_une_seule_l_obtient_l_autre_voit_la_liste_a_jour()
    {
        var (a, b) = (await InvitationEnvoyeeAsync(), await InvitationEnvoyeeAsync());
        var creneau = await CreneauAsync(a.Personne, 2);
        using var pa = await OuvrirAsync(App, a.Lien);
        using var pb = await OuvrirAsync(App, b.Lien);
        var jetonA = (await pa.PageAsync(a.Lien)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        var jetonB = (await pb.PageAsync(b.Lien)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");

        await Task.WhenAll(
            pa.PosterAsync(a.Lien + "?handler=Reserver", [Champ("CreneauId", creneau)], jetonA),
            pb.PosterAsync(b.Lien + "?handler=Reserver", [Champ("CreneauId", creneau)], jetonB));

        Assert.Equal(1, await OccupesAsync(creneau));
        var reponses = new[] { (a, pa), (b, pb) };
        var gagnants = 0;
        foreach (var (invite, navigateur) in reponses)
        {
            var page = await navigateur.PageAsync(invite.Lien);
            if (page.QuerySelector("#rendez-vous-reserve") is not null) gagnants++;
            else
            {
                Assert.Equal(ServiceReservation.CreneauPris, page.QuerySelector("[role=alert]")?.TextContent.Trim());
                Assert.Null(page.QuerySelector($"#creneau-{creneau}"));
            }
        }
        Assert.Equal(1, gagnants);
    }
}
