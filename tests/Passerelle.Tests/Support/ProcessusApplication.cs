using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Passerelle.Tests.Support;

/// <summary>
/// The real application as a process of its own (<c>dotnet Passerelle.Web.dll …</c>), from the web
/// project's build output for the configuration the tests were built with, on a test database.
/// </summary>
public sealed class ProcessusApplication : IDisposable
{
    private static readonly Lazy<string> Construite = new(Trouver);
    private readonly Process processus;
    private readonly StringBuilder sortie = new();

    private ProcessusApplication(Process processus) => this.processus = processus;

    /// <summary>The built application; a missing build fails here with the path that was looked for.</summary>
    public static string Dll => Construite.Value;

    public string Sortie
    {
        get { lock (sortie) return sortie.ToString(); }
    }

    public bool Termine => processus.HasExited;

    public int CodeSortie => processus.ExitCode;

    /// <summary>Starts the application on the base; a first start migrates it and creates département 49 without any dossier.</summary>
    public static ProcessusApplication Demarrer(BaseDeTest baseDeTest, string dossierImports, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["DOTNET_ENVIRONMENT"] = info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Database__Provider"] = baseDeTest.Provider;
        info.Environment[$"ConnectionStrings__{baseDeTest.Provider}"] = baseDeTest.ChaineConnexion;
        info.Environment["Imports__Dossier"] = dossierImports;
        info.Environment["Logging__MinimumLevel"] = "Warning";
        info.Environment["Database__SeedDemo"] = "true";
        info.Environment["Demo__Departements"] = "49";
        info.Environment["Demo__Foyers"] = "0";
        var application = new ProcessusApplication(Process.Start(info) ?? throw new InvalidOperationException("dotnet n'a pas démarré."));
        application.processus.OutputDataReceived += application.Noter;
        application.processus.ErrorDataReceived += application.Noter;
        application.processus.BeginOutputReadLine();
        application.processus.BeginErrorReadLine();
        return application;
    }

    /// <summary>SIGKILL: the process ends at once, in the middle of whatever it was writing.</summary>
    public async Task TuerAsync()
    {
        processus.Kill(entireProcessTree: true);
        await processus.WaitForExitAsync();
    }

    public async Task<int> AttendreAsync(TimeSpan limite)
    {
        using var delai = new CancellationTokenSource(limite);
        await processus.WaitForExitAsync(delai.Token);
        return processus.ExitCode;
    }

    public void Dispose()
    {
        if (!processus.HasExited) processus.Kill(entireProcessTree: true);
        processus.Dispose();
    }

    private void Noter(object expediteur, DataReceivedEventArgs ligne)
    {
        if (ligne.Data is null) return;
        lock (sortie) sortie.AppendLine(ligne.Data);
    }

    private static string Trouver()
    {
        var configuration = typeof(ProcessusApplication).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var cible = new DirectoryInfo(AppContext.BaseDirectory).Name;
        for (var dossier = new DirectoryInfo(AppContext.BaseDirectory); dossier is not null; dossier = dossier.Parent)
        {
            if (!File.Exists(Path.Combine(dossier.FullName, "Passerelle.slnx"))) continue;
            var dll = Path.Combine(dossier.FullName, "src", "Passerelle.Web", "bin", configuration, cible, "Passerelle.Web.dll");
            return File.Exists(dll) ? dll
                : throw new FileNotFoundException($"Application non construite : {dll} est absent (dotnet build Passerelle.slnx -c {configuration}).", dll);
        }
        throw new DirectoryNotFoundException($"Racine du dépôt (Passerelle.slnx) introuvable au-dessus de {AppContext.BaseDirectory}.");
    }
}
