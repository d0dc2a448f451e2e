using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Passerelle.Web.Platform.Chiffrement;

/// <summary>
/// The secrets that protect personal data at rest, read from configuration (environment, a key file named by
/// <c>Chiffrement:FichierCles</c>, a secret store), never from the database they protect: AES-256 keys by
/// version (<c>Chiffrement:Cles:&lt;n&gt;</c>, base64 of 32 bytes; the highest version encrypts, the others
/// still decrypt during a rotation) and the key of the NIR blind index (<c>Chiffrement:CleEmpreinte</c>).
/// </summary>
public sealed record ClesChiffrement(IReadOnlyDictionary<int, byte[]> Cles, byte[] CleEmpreinte)
{
    public const int Taille = 32;
    public const string FichierDeveloppement = "data/cles-developpement.json";

    public int VersionCourante => Cles.Keys.Max();

    /// <summary>
    /// Reads the keys; when none is configured, outside production or for the demo, a random development key
    /// file is created once (<see cref="FichierDeveloppement"/>) and reused; in production start-up stops.
    /// </summary>
    public static ClesChiffrement Lire(IConfiguration configuration, IHostEnvironment environnement, ILogger journal)
    {
        var section = configuration.GetSection("Chiffrement");
        if (!Versions(section).Any() && string.IsNullOrEmpty(section["CleEmpreinte"]))
        {
            var demo = configuration.GetValue("Database:SeedDemo", false);
            if (environnement.IsProduction() && !demo)
                throw new InvalidOperationException("Aucune clé de chiffrement configurée (Chiffrement:Cles:1 et Chiffrement:CleEmpreinte) : "
                    + "les NIR et les clés de protection des cookies ne peuvent pas être chiffrés. Voir docs/operations.md, « Clés de chiffrement ».");
            var fichier = Path.GetFullPath(FichierDeveloppement, environnement.ContentRootPath);
            journal.LogWarning("Aucune clé de chiffrement configurée : clé de développement {Fichier}, à ne jamais utiliser en production.", fichier);
            section = LireOuCreerDeveloppement(fichier).GetSection("Chiffrement");
        }
        var cles = Versions(section).ToDictionary(
            c => int.TryParse(c.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0
                ? v : throw new InvalidOperationException($"Chiffrement:Cles:{c.Key} : la version d'une clé est un entier positif."),
            c => Cle($"Chiffrement:Cles:{c.Key}", c.Value));
        if (cles.Count == 0) throw new InvalidOperationException("Chiffrement:Cles : aucune clé de chiffrement des NIR (Chiffrement:Cles:1).");
        return new ClesChiffrement(cles, Cle("Chiffrement:CleEmpreinte", section["CleEmpreinte"]));
    }

    /// <summary>An empty value removes a version given by another source (a retired key after a rotation).</summary>
    private static IEnumerable<IConfigurationSection> Versions(IConfiguration section) =>
        section.GetSection("Cles").GetChildren().Where(c => !string.IsNullOrEmpty(c.Value));

    private static byte[] Cle(string nom, string? base64)
    {
        byte[]? octets = null;
        try { octets = base64 is null ? null : Convert.FromBase64String(base64); }
        catch (FormatException) { }
        return octets is { Length: Taille } ? octets
            : throw new InvalidOperationException($"{nom} doit être une clé de {Taille} octets en base64 (par exemple : openssl rand -base64 32).");
    }

    /// <summary>Created with its final content in one step, so two processes starting together agree on one key.</summary>
    private static IConfiguration LireOuCreerDeveloppement(string fichier)
    {
        if (!File.Exists(fichier))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(fichier)!);
            var contenu = JsonSerializer.Serialize(new
            {
                Chiffrement = new
                {
                    Cles = new Dictionary<string, string> { ["1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(Taille)) },
                    CleEmpreinte = Convert.ToBase64String(RandomNumberGenerator.GetBytes(Taille)),
                },
            });
            var temporaire = fichier + "." + Guid.NewGuid().ToString("N");
            File.WriteAllText(temporaire, contenu);
            try { File.Move(temporaire, fichier, overwrite: false); }
            catch (IOException) { File.Delete(temporaire); }
        }
        return new ConfigurationBuilder().AddJsonFile(fichier, optional: false).Build();
    }
}
