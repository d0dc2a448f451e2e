using System.Globalization;
using Passerelle.Web.Platform.Chiffrement;

namespace Passerelle.Web.Features.Documents;

/// <summary>
/// Keeps the persons' documents on disk outside the web root (<c>Documents:Dossier</c>, default
/// data/documents beside the imports), one folder per département, encrypted with the data keys
/// unless <c>Documents:Chiffrer</c> is false. Uploads above <c>Documents:TailleMaximaleOctets</c>
/// (10 Mo by default) are refused before their body is read.
/// </summary>
public sealed class StockageDocuments(IConfiguration configuration, IHostEnvironment environment, ChiffrementDonnees chiffrement)
{
    public const long TailleMaximaleParDefaut = 10L * 1024 * 1024;
    private const string Usage = "documents";

    public string Dossier { get; } = Path.GetFullPath(configuration["Documents:Dossier"] ?? "data/documents", environment.ContentRootPath);

    public long TailleMaximale { get; } = configuration.GetValue("Documents:TailleMaximaleOctets", TailleMaximaleParDefaut);

    public bool Chiffrer { get; } = configuration.GetValue("Documents:Chiffrer", true);

    /// <returns>The path relative to the storage folder, and whether the content was encrypted.</returns>
    public async Task<(string Chemin, bool Chiffre)> EnregistrerAsync(byte[] contenu, int departementId, CancellationToken ct)
    {
        var dossier = Path.Combine(Dossier, departementId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(dossier);
        var chemin = Path.Combine(dossier, Guid.NewGuid().ToString("N"));
        await File.WriteAllBytesAsync(chemin, Chiffrer ? chiffrement.ChiffrerOctets(contenu, Usage) : contenu, ct);
        return (Path.GetRelativePath(Dossier, chemin), Chiffrer);
    }

    public async Task<byte[]> LireAsync(string chemin, bool chiffre, CancellationToken ct)
    {
        var octets = await File.ReadAllBytesAsync(Path.Combine(Dossier, chemin), ct);
        return chiffre ? chiffrement.DechiffrerOctets(octets, Usage) : octets;
    }

    public void Supprimer(string chemin) => File.Delete(Path.Combine(Dossier, chemin));

}
