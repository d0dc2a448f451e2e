using Passerelle.Web.Features.Programmes;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// The programmes read from the seed documents (Features/Programmes/Donnees) loaded into their département through
/// the administration's own import. A bundled file that no longer imports stops the demo: it is a defect, not data.
/// </summary>
public static class ProgrammesDemo
{
    public const string Auteur = "Passerelle (programmes fournis)";

    public static async Task ChargerAsync(IServiceProvider services, string code, CancellationToken ct)
    {
        var import = services.GetRequiredService<ImportProgrammes>();
        foreach (var resultat in await import.ImporterFournisAsync(code, Auteur, ct))
            if (!resultat.Reussi) throw new InvalidOperationException($"{resultat.Message} {string.Join(" ; ", resultat.Erreurs)}");
    }
}
