using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Agenda.Reservation;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Structures;

namespace Passerelle.Bench;

/// <summary>
/// Issue 13 §3: the public booking page with N people booking at once. Each invited person of the measured
/// département gets an invitation to an information collective and its link (written as the application writes
/// them: only the token's hash is stored), the structures serving their territoires get slots over the coming two
/// weeks, some nearly full so that people collide on the last places. Each person confirms their birth date once,
/// then, in a closed loop, loads their page and books one of the first free slots, or cancels what they booked.
/// Each step is reported against /healthz measured by as many clients in the same run.
/// </summary>
internal static partial class BancReservation
{
    public const string Libelle = "/rdv/{jeton} (réservation en ligne)";
    private const int CreneauxParStructure = 8, Capacite = 12;

    /// <summary>The refusal as the page writes it: Razor encodes the apostrophe and the accents.</summary>
    private static readonly string CreneauPris = System.Text.Encodings.Web.HtmlEncoder.Default.Encode(ServiceReservation.CreneauPris);

    private sealed record Invite(string Jeton, DateOnly Naissance);

    public static async Task MesurerAsync(Uri url, string provider, string connexion, int personnes, TimeSpan duree)
    {
        var invites = await PreparerAsync(provider, connexion, personnes);
        var clients = new List<HttpClient>();
        foreach (var invite in invites) clients.Add(await OuvrirAsync(url, invite));
        var avant = Charge.Moyenne();
        await Charge.Boucle(clients, "/healthz", TimeSpan.FromSeconds(2));
        var sonde = await Charge.Boucle(clients, "/healthz", duree);
        await BoucleAsync(clients, invites, TimeSpan.FromSeconds(2));
        var (mesures, reservees, prises) = await BoucleAsync(clients, invites, duree);
        clients.ForEach(c => c.Dispose());
        Console.WriteLine();
        Console.WriteLine($"Réservation en ligne, {invites.Count} personnes à la fois : {reservees} réservations et autant d'annulations, " +
            $"{prises} fois « créneau pris par quelqu'un d'autre » (dernière place disputée).");
        Rapport.Afficher([sonde, .. mesures], avant);
    }

    /// <summary>Invitations, links and slots for the first invited persons of the département, by the same rules as the application's.</summary>
    private static async Task<List<Invite>> PreparerAsync(string provider, string connexion, int nombre)
    {
        await using var lecture = BancFiles.Contexte(provider, connexion);
        var departement = await lecture.Departements.Where(d => d.Code == OptionsBancFiles.Departement).Select(d => d.Id).SingleAsync();
        var parcours = await lecture.Set<Parcours>().IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.DepartementId == departement && p.DateCloture == null && p.Etape == EtapeParcours.Invite && p.TerritoireId != null)
            .OrderBy(p => p.Id).Take(nombre)
            .Select(p => new { p.Id, p.PersonneId, Territoire = p.TerritoireId!.Value, p.Personne!.DateNaissance }).ToListAsync();
        var territoires = parcours.Select(p => p.Territoire).Distinct().ToList();
        var structures = await lecture.Set<StructureTerritoire>().IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.DepartementId == departement && territoires.Contains(t.TerritoireId)).Select(t => t.StructureId).Distinct().ToListAsync();

        await using var db = BancFiles.Contexte(provider, connexion, departement);
        var maintenant = HorlogeBanc.MaintenantUtc;
        var demain = HorlogeBanc.AujourdhuiParis.AddDays(2);
        foreach (var structure in structures)
            for (var i = 0; i < CreneauxParStructure; i++)
                db.Add(new Creneau
                {
                    StructureId = structure,
                    Type = TypeRendezVous.InformationCollective,
                    Debut = demain.AddDays(i).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
                    DureeMinutes = 120,
                    Lieu = "Salle de réunion de la structure",
                    Capacite = Capacite,
                    // One slot in three has a single place left: the bookings of two people meet on it.
                    Occupes = i % 3 == 0 ? Capacite - 1 : i,
                });
        var invites = new List<Invite>();
        foreach (var p in parcours)
        {
            var jeton = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            var invitation = new Invitation
            {
                PersonneId = p.PersonneId,
                ParcoursId = p.Id,
                Type = TypeRendezVous.InformationCollective,
                EnvoyeeLe = maintenant,
                ExpireLe = HorlogeBanc.AujourdhuiParis.AddDays(30),
                EnvoyeePar = "banc d'essai",
            };
            db.Add(invitation);
            db.Add(new LienReservation { Invitation = invitation, Empreinte = LiensReservation.Empreinte(jeton), CreeLe = maintenant });
            invites.Add(new Invite(jeton, p.DateNaissance));
        }
        await db.SaveChangesAsync();
        Console.WriteLine($"Réservation en ligne : {invites.Count} invitations, {structures.Count * CreneauxParStructure} créneaux dans {structures.Count} structures.");
        return invites;
    }

    /// <summary>The person opens their link and confirms their birth date: the page is then open for them (its cookie).</summary>
    private static async Task<HttpClient> OuvrirAsync(Uri url, Invite invite)
    {
        var client = new HttpClient(new CookiesEnClair()) { BaseAddress = url };
        var adresse = Adresse(invite);
        var page = await client.GetStringAsync(adresse);
        using var reponse = await PosterAsync(client, adresse, "Verifier", page, ("DateNaissance", invite.Naissance.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (reponse.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Vérification de la date de naissance refusée ({reponse.StatusCode}).");
        return client;
    }

    private static async Task<(Mesure[] Mesures, int Reservees, int Prises)> BoucleAsync(List<HttpClient> clients, List<Invite> invites, TimeSpan duree)
    {
        var fin = Stopwatch.StartNew();
        var (pages, reservations, annulations) = (new List<double>(), new List<double>(), new List<double>());
        var (erreursPage, erreursReservation, erreursAnnulation, reservees, prises) = (0, 0, 0, 0, 0);
        await Task.WhenAll(clients.Select(async (client, i) =>
        {
            var hasard = new Random(i);
            var adresse = Adresse(invites[i]);
            while (fin.Elapsed < duree)
            {
                var debut = Stopwatch.GetTimestamp();
                using var reponse = await client.GetAsync(adresse);
                var page = await reponse.Content.ReadAsStringAsync();
                Noter(pages, debut, reponse.StatusCode == HttpStatusCode.OK, ref erreursPage);
                if (page.Contains(CreneauPris, StringComparison.Ordinal)) Interlocked.Increment(ref prises);
                var reserve = page.Contains("id=\"rendez-vous-reserve\"", StringComparison.Ordinal);
                var creneaux = CreneauLibre().Matches(page).Select(m => m.Groups[1].Value).Take(5).ToList();
                if (!reserve && creneaux.Count == 0) break;
                debut = Stopwatch.GetTimestamp();
                using var action = reserve
                    ? await PosterAsync(client, adresse, "Annuler", page)
                    : await PosterAsync(client, adresse, "Reserver", page, ("CreneauId", creneaux[hasard.Next(creneaux.Count)]));
                if (reserve) Noter(annulations, debut, action.StatusCode == HttpStatusCode.Redirect, ref erreursAnnulation);
                else Noter(reservations, debut, action.StatusCode == HttpStatusCode.Redirect, ref erreursReservation);
                if (reserve) Interlocked.Increment(ref reservees);
            }
        }));
        return ([
            Charge.Synthese(Libelle + " : page et créneaux", pages, erreursPage, fin.Elapsed),
            Charge.Synthese(Libelle + " : réserver", reservations, erreursReservation, fin.Elapsed),
            Charge.Synthese(Libelle + " : annuler", annulations, erreursAnnulation, fin.Elapsed),
        ], reservees, prises);
    }

    private static void Noter(List<double> durees, long debut, bool reussie, ref int erreurs)
    {
        var ms = Stopwatch.GetElapsedTime(debut).TotalMilliseconds;
        lock (durees) durees.Add(ms);
        if (!reussie) Interlocked.Increment(ref erreurs);
    }

    private static Task<HttpResponseMessage> PosterAsync(HttpClient client, Uri adresse, string action, string page, params (string Nom, string Valeur)[] champs)
    {
        var contenu = new FormUrlEncodedContent([new("__RequestVerificationToken", Charge.Jeton().Match(page).Groups[1].Value),
            .. champs.Select(c => new KeyValuePair<string, string>(c.Nom, c.Valeur))]);
        return client.PostAsync(new Uri($"{adresse}?handler={action}", UriKind.Relative), contenu);
    }

    private static Uri Adresse(Invite invite) => new(LiensReservation.Chemin + invite.Jeton, UriKind.Relative);

    [GeneratedRegex("name=\"CreneauId\" value=\"(\\d+)\"")]
    private static partial Regex CreneauLibre();
}
