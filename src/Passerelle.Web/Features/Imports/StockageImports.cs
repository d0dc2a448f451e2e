using System.Security.Cryptography;

namespace Passerelle.Web.Features.Imports;

public sealed record FichierStocke(string Chemin, long Taille, string Empreinte);

/// <summary>
/// Keeps each imported file on disk (<c>Imports:Dossier</c>, default data/imports) so a run can
/// resume after a restart and rejected lines can be replayed. The SHA-256 is computed while copying.
/// </summary>
public sealed class StockageImports(IConfiguration configuration, IHostEnvironment environment)
{
    public const long TailleMaximaleParDefaut = 1L << 30;

    public string Dossier { get; } = Path.GetFullPath(configuration["Imports:Dossier"] ?? "data/imports", environment.ContentRootPath);

    /// <summary>Uploads above this size are refused before being read (the command line has no limit).</summary>
    public long TailleMaximale { get; } = configuration.GetValue("Imports:TailleMaximaleOctets", TailleMaximaleParDefaut);

    public async Task<FichierStocke> EnregistrerAsync(Stream contenu, int departementId, CancellationToken ct)
    {
        var dossier = Path.Combine(Dossier, departementId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(dossier);
        var chemin = Path.Combine(dossier, Guid.NewGuid().ToString("N"));
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long taille = 0;
        await using (var sortie = new FileStream(chemin, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            var tampon = new byte[1 << 16];
            int lus;
            while ((lus = await contenu.ReadAsync(tampon, ct)) > 0)
            {
                sha.AppendData(tampon, 0, lus);
                await sortie.WriteAsync(tampon.AsMemory(0, lus), ct);
                taille += lus;
            }
        }
        return new FichierStocke(Path.GetRelativePath(Dossier, chemin), taille, Convert.ToHexString(sha.GetHashAndReset()));
    }

    public FileStream Ouvrir(string chemin) =>
        new(Path.Combine(Dossier, chemin), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);

    public void Supprimer(string chemin) => File.Delete(Path.Combine(Dossier, chemin));
}
