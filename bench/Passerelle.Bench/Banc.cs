using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Passerelle.Bench;

/// <summary>
/// Generates a database at the requested scale through the application's own demo generator,
/// starts the built application in a second process on it, then measures pages under load
/// against /healthz measured in the same run.
/// </summary>
internal static class Banc
{
    public static async Task<int> ExecuterAsync(OptionsBench options)
    {
        var port = PortLibre();
        var (provider, connexion, nettoyer) = await BaseBench.PreparerAsync(options.Postgres);
        var departements = options.Echelle == Echelle.National ? "tous" : "49,37,72,26";
        Console.WriteLine($"Échelle {options.Echelle}, base {provider}, {options.Utilisateurs} utilisateurs simultanés, {options.DureeSecondes} s par page.");
        var chrono = Stopwatch.StartNew();
        using var application = DemarrerApplication(port, provider, connexion, departements, options.Foyers);
        var url = new Uri($"http://127.0.0.1:{port}");
        try
        {
            await AttendrePretAsync(url, application);
            Console.WriteLine($"Génération et démarrage : {chrono.Elapsed.TotalSeconds:F1} s");
            var avant = Charge.Moyenne();
            var mesures = await Charge.MesurerAsync(url, options, departements == "tous" ? ["01", "13", "49", "59", "75", "2A", "974"] : ["49", "37", "72", "26"]);
            Rapport.Afficher(mesures, avant);
            return 0;
        }
        finally
        {
            application.Kill(entireProcessTree: true);
            await application.WaitForExitAsync();
            await nettoyer();
        }
    }

    internal static Process DemarrerApplication(int port, string provider, string connexion, string departements, string foyers, params string[] autres)
    {
        var dossier = Path.GetDirectoryName(typeof(Passerelle.Web.Features.Demo.DonneesDemo).Assembly.Location)!;
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = dossier,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[]
        {
            Path.Combine(dossier, "Passerelle.Web.dll"), "--urls", $"http://127.0.0.1:{port}",
            "--environment", "Production", "--Database:Provider", provider, $"--ConnectionStrings:{provider}", connexion,
            "--Database:SeedDemo", "true", "--Demo:Departements", departements, "--Logging:MinimumLevel", "Warning",
        }) info.ArgumentList.Add(a);
        foreach (var a in foyers == "seeds" ? new[] { "--Demo:Echelle", "seeds" } : ["--Demo:Foyers", foyers]) info.ArgumentList.Add(a);
        foreach (var a in autres) info.ArgumentList.Add(a);
        ClesBanc.Donner(info.Environment);
        var process = Process.Start(info) ?? throw new InvalidOperationException("Impossible de lancer l'application.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    internal static async Task AttendrePretAsync(Uri url, Process application)
    {
        using var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(5) };
        var limite = Stopwatch.StartNew();
        while (limite.Elapsed < TimeSpan.FromMinutes(30))
        {
            if (application.HasExited) throw new InvalidOperationException($"L'application s'est arrêtée (code {application.ExitCode}).");
            try
            {
                if ((await client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException("L'application n'est pas prête après 30 minutes.");
    }

    internal static int PortLibre()
    {
        using var ecoute = new TcpListener(IPAddress.Loopback, 0);
        ecoute.Start();
        return ((IPEndPoint)ecoute.LocalEndpoint).Port;
    }

    public static string Ms(double valeur) => valeur.ToString("F2", CultureInfo.InvariantCulture);
}
