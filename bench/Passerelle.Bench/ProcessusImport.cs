using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Passerelle.Bench;

/// <summary>What one run of the command line printed: its own timing, the peak memory of its process, the machine's load around it.</summary>
internal sealed record MesureImport(string Etape, int Foyers, double Secondes, double Processeur, long MemoireMo, string Rapport, string Charge);

/// <summary>
/// Runs <c>Passerelle.Web.dll import cnaf …</c> in a child process, so the peak memory reported is
/// the import's alone, on the given database.
/// </summary>
internal static partial class ProcessusImport
{
    public static async Task<MesureImport> ExecuterAsync(string etape, int foyers, BaseImport baseImport, string fichier, params string[] options)
    {
        var dossier = Path.GetDirectoryName(typeof(Passerelle.Web.Features.Demo.DonneesDemo).Assembly.Location)!;
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = dossier, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(dossier, "Passerelle.Web.dll"), "import", "cnaf", fichier, "--departement", BaseImport.Departement }.Concat(options))
            info.ArgumentList.Add(a);
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Database__Provider"] = baseImport.Provider;
        info.Environment[$"ConnectionStrings__{baseImport.Provider}"] = baseImport.Connexion;
        info.Environment["Imports__Dossier"] = baseImport.DossierImports;
        info.Environment["Logging__MinimumLevel"] = "Warning";
        // The first run creates département 49 (territoires, structures, accounts) without any dossier.
        info.Environment["Database__SeedDemo"] = "true";
        info.Environment["Demo__Departements"] = BaseImport.Departement;
        info.Environment["Demo__Foyers"] = "0";
        ClesBanc.Donner(info.Environment);
        var chargeAvant = Charge();
        using var processus = Process.Start(info) ?? throw new InvalidOperationException("Impossible de lancer l'application.");
        var sortie = processus.StandardOutput.ReadToEndAsync();
        var erreurs = processus.StandardError.ReadToEndAsync();
        await processus.WaitForExitAsync();
        var charge = $"{chargeAvant} → {Charge()}";
        var texte = await sortie;
        if (processus.ExitCode != 0 || Duree().Match(texte) is not { Success: true } m)
            throw new InvalidOperationException($"{etape} : code {processus.ExitCode}\n{texte}\n{await erreurs}");
        var rapport = string.Join(" ; ", texte.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => !l.StartsWith("Durée", StringComparison.Ordinal)));
        double Nombre(int groupe) => double.Parse(m.Groups[groupe].Value, CultureInfo.InvariantCulture);
        return new MesureImport(etape, foyers, Nombre(1), Nombre(2), (long)Nombre(3), rapport, charge);
    }

    /// <summary>The machine's load average over the last minute (Linux), to read each figure with the load it was taken under.</summary>
    public static string Charge() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    [GeneratedRegex(@"Durée : ([0-9.]+) s ; processeur : ([0-9.]+) s ; mémoire maximale du processus : ([0-9]+) Mo")]
    private static partial Regex Duree();
}
