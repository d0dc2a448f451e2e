using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Passerelle.Web.Features.Demo;

namespace Passerelle.Bench;

/// <param name="Charge">The 1-minute load average when the page's run ended, when measured page by page.</param>
internal sealed record Mesure(string Page, int Requetes, int Erreurs, double ParSeconde, double P50, double P95, double P99, string? Charge = null);

/// <summary>A closed-loop load: N signed-in users each send one request after another, page by page.</summary>
internal static partial class Charge
{
    /// <summary>Pages measured, and whether administrators (rather than case workers) load them.</summary>
    private static readonly (string Page, bool Admin)[] Pages =
    [
        ("/healthz", false), ("/", false), ("/structures", false), ("/api/v1/moi", false), ("/api/v1/structures", false),
        ("/administration/structures", true), ("/administration/utilisateurs", true), ("/administration/journal", true),
    ];

    private static readonly string[] Roles = ["agent", "agent-territoire", "referent", "responsable"];

    public static async Task<IReadOnlyList<Mesure>> MesurerAsync(Uri url, OptionsBench options, string[] departements)
    {
        var logins = departements.SelectMany(d => Roles.Select(r => $"{r}@{d}.passerelle.test")).ToArray();
        var agents = new List<HttpClient>();
        var admins = new List<HttpClient>();
        for (var i = 0; i < options.Utilisateurs; i++)
        {
            agents.Add(await ConnecterAsync(url, logins[i % logins.Length]));
            admins.Add(await ConnecterAsync(url, $"admin@{departements[i % departements.Length]}.passerelle.test"));
        }
        var mesures = new List<Mesure>();
        foreach (var (page, admin) in Pages)
        {
            var clients = admin ? admins : agents;
            var essai = await clients[0].GetAsync(new Uri(page, UriKind.Relative));
            if (essai.StatusCode != HttpStatusCode.OK)
            {
                Console.WriteLine($"{page} : {(int)essai.StatusCode}, non mesurée.");
                continue;
            }
            await Boucle(clients, page, TimeSpan.FromSeconds(2));
            mesures.Add(await Boucle(clients, page, TimeSpan.FromSeconds(options.DureeSecondes)));
        }
        agents.Concat(admins).ToList().ForEach(c => c.Dispose());
        return mesures;
    }

    internal static async Task<Mesure> Boucle(List<HttpClient> clients, string page, TimeSpan duree)
    {
        var fin = Stopwatch.StartNew();
        var erreurs = 0;
        string? premiere = null;
        var durees = await Task.WhenAll(clients.Select(async client =>
        {
            var locales = new List<double>();
            var uri = new Uri(page, UriKind.Relative);
            while (fin.Elapsed < duree)
            {
                var debut = Stopwatch.GetTimestamp();
                try
                {
                    using var reponse = await client.GetAsync(uri, HttpCompletionOption.ResponseContentRead);
                    if (reponse.StatusCode != HttpStatusCode.OK && Interlocked.Increment(ref erreurs) == 1)
                        premiere = $"{(int)reponse.StatusCode} {reponse.Headers.Location}";
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // A refused or timed-out request counts as an error (and its time as spent), not as the end of the run.
                    if (Interlocked.Increment(ref erreurs) == 1) premiere = e.GetType().Name + " " + e.Message;
                }
                locales.Add(Stopwatch.GetElapsedTime(debut).TotalMilliseconds);
            }
            return locales;
        }));
        if (premiere is not null) Console.Error.WriteLine($"{page} : {erreurs} erreurs, la première : {premiere}");
        return Synthese(page, durees.SelectMany(d => d), erreurs, fin.Elapsed);
    }

    /// <summary>Throughput and percentiles of the times (ms) of one page's requests over the run's duration.</summary>
    internal static Mesure Synthese(string page, IEnumerable<double> durees, int erreurs, TimeSpan ecoule)
    {
        var toutes = durees.Order().ToArray();
        double Centile(double p) => toutes.Length == 0 ? double.NaN : toutes[Math.Min(toutes.Length - 1, (int)(p * toutes.Length))];
        return new Mesure(page, toutes.Length, erreurs, toutes.Length / ecoule.TotalSeconds, Centile(0.50), Centile(0.95), Centile(0.99));
    }

    internal static async Task<HttpClient> ConnecterAsync(Uri url, string email)
    {
        var client = new HttpClient(new CookiesEnClair()) { BaseAddress = url };
        var formulaire = await client.GetStringAsync(new Uri("/connexion", UriKind.Relative));
        var jeton = Jeton().Match(formulaire).Groups[1].Value;
        using var contenu = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Saisie.Email"] = email,
            ["Saisie.MotDePasse"] = DonneesDemo.MotDePasse,
            ["__RequestVerificationToken"] = jeton,
        });
        var reponse = await client.PostAsync(new Uri("/connexion", UriKind.Relative), contenu);
        if (reponse.Headers.Location?.OriginalString.StartsWith("/connexion/second-facteur", StringComparison.Ordinal) == true)
        {
            var adresse = reponse.Headers.Location.OriginalString;
            // A TOTP code is accepted once per account: a second sign-in of the same account waits for the next code.
            for (var essai = 0; (reponse = await SecondFacteurAsync(client, adresse)).StatusCode != HttpStatusCode.Redirect && essai < 3; essai++)
                await Task.Delay(TimeSpan.FromSeconds(30 - (TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() % 30) + 1));
        }
        if (reponse.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Connexion de {email} impossible ({reponse.StatusCode}).");
        return client;
    }

    private static async Task<HttpResponseMessage> SecondFacteurAsync(HttpClient client, string adresse)
    {
        var formulaire = await client.GetStringAsync(new Uri(adresse, UriKind.Relative));
        var code = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(DonneesDemo.CleAuthentificateur)).ComputeTotp();
        using var contenu = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Saisie.Code"] = code,
            ["__RequestVerificationToken"] = Jeton().Match(formulaire).Groups[1].Value,
        });
        return await client.PostAsync(new Uri(adresse, UriKind.Relative), contenu);
    }

    /// <summary>The machine's load average over 1, 5 and 15 minutes (/proc/loadavg), printed next to every table: the machine is shared.</summary>
    public static string Moyenne()
    {
        var champs = ChampsCharge();
        return champs.Length >= 3 ? $"charge moyenne (1, 5, 15 min) : {champs[0]} {champs[1]} {champs[2]}" : "charge moyenne inconnue";
    }

    public static string MoyenneUneMinute() => ChampsCharge().FirstOrDefault() ?? "?";

    private static string[] ChampsCharge() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ') : [];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    internal static partial Regex Jeton();
}
