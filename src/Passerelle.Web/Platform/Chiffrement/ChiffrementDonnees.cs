using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Passerelle.Web.Platform.Chiffrement;

/// <summary>
/// Authenticated encryption of personal values (AES-256-GCM, random 96-bit nonce, the key version as prefix:
/// <c>v1:base64(nonce ‖ ciphertext ‖ tag)</c>) and their keyed blind index (HMAC-SHA256 truncated to 128 bits),
/// so that equal values are found without storing them in clear. Each use (NIR, key ring…) encrypts with its
/// own key derived from the version's master key (HKDF), and authenticates its use and version with the value.
/// </summary>
public sealed class ChiffrementDonnees(ClesChiffrement cles)
{
    public const string UsageNir = "nir";
    private const int TailleNonce = 12;
    private const int TailleTag = 16;
    private const int TailleEmpreinte = 16;
    private readonly ConcurrentDictionary<(int, string), byte[]> derivees = new();

    /// <summary>Encrypts with the current key version.</summary>
    public string Chiffrer(string valeur, string usage = UsageNir)
    {
        var version = cles.VersionCourante;
        return Prefixe(version) + Convert.ToBase64String(Sceller(version, usage, Encoding.UTF8.GetBytes(valeur)));
    }

    /// <summary>The value in clear; a value altered in the database or encrypted with another key throws <see cref="CryptographicException"/>.</summary>
    public string Dechiffrer(string chiffre, string usage = UsageNir)
    {
        var version = Version(chiffre) ?? throw new CryptographicException("Valeur chiffrée illisible : préfixe de version absent.");
        byte[] tampon;
        try { tampon = Convert.FromBase64String(chiffre[Prefixe(version).Length..]); }
        catch (FormatException e) { throw new CryptographicException("Valeur chiffrée illisible.", e); }
        return Encoding.UTF8.GetString(Desceller(version, usage, tampon));
    }

    /// <summary>Encrypts a file's content with the current key: the key version (4 bytes, little-endian), then nonce ‖ ciphertext ‖ tag.</summary>
    public byte[] ChiffrerOctets(ReadOnlySpan<byte> clair, string usage)
    {
        var version = cles.VersionCourante;
        var scelle = Sceller(version, usage, clair);
        var resultat = new byte[sizeof(int) + scelle.Length];
        BinaryPrimitives.WriteInt32LittleEndian(resultat, version);
        scelle.CopyTo(resultat, sizeof(int));
        return resultat;
    }

    /// <summary>The content in clear; altered content or an unknown key version throws <see cref="CryptographicException"/>.</summary>
    public byte[] DechiffrerOctets(ReadOnlySpan<byte> chiffre, string usage)
    {
        if (chiffre.Length < sizeof(int)) throw new CryptographicException("Contenu chiffré tronqué.");
        return Desceller(BinaryPrimitives.ReadInt32LittleEndian(chiffre), usage, chiffre[sizeof(int)..]);
    }

    private byte[] Sceller(int version, string usage, ReadOnlySpan<byte> clair)
    {
        var tampon = new byte[TailleNonce + clair.Length + TailleTag];
        var nonce = tampon.AsSpan(0, TailleNonce);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(Cle(version, usage), TailleTag);
        aes.Encrypt(nonce, clair, tampon.AsSpan(TailleNonce, clair.Length), tampon.AsSpan(TailleNonce + clair.Length), Associees(version, usage));
        return tampon;
    }

    private byte[] Desceller(int version, string usage, ReadOnlySpan<byte> tampon)
    {
        if (tampon.Length < TailleNonce + TailleTag) throw new CryptographicException("Valeur chiffrée tronquée.");
        var clair = new byte[tampon.Length - TailleNonce - TailleTag];
        using var aes = new AesGcm(Cle(version, usage), TailleTag);
        aes.Decrypt(tampon[..TailleNonce], tampon.Slice(TailleNonce, clair.Length), tampon[(TailleNonce + clair.Length)..], clair, Associees(version, usage));
        return clair;
    }

    /// <summary>How every value encrypted with the current key begins.</summary>
    public string PrefixeCourant => Prefixe(cles.VersionCourante);

    /// <summary>Whether the value is encrypted with the current key (otherwise: in clear, or an older version to re-encrypt).</summary>
    public bool EstChiffreCourant(string valeur) => Version(valeur) == cles.VersionCourante;

    /// <summary>The blind index of a value: the same for equal values, useless without the key.</summary>
    public string Empreinte(string valeur)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(cles.CleEmpreinte, Encoding.UTF8.GetBytes(valeur), mac);
        return Convert.ToBase64String(mac[..TailleEmpreinte]);
    }

    private byte[] Cle(int version, string usage) => derivees.GetOrAdd((version, usage), c =>
        cles.Cles.TryGetValue(c.Item1, out var maitre)
            ? HKDF.DeriveKey(HashAlgorithmName.SHA256, maitre, ClesChiffrement.Taille, info: Encoding.UTF8.GetBytes("passerelle/" + c.Item2))
            : throw new CryptographicException($"Valeur chiffrée par la version {c.Item1} de la clé, qui n'est pas configurée."));

    private static string Prefixe(int version) => string.Create(CultureInfo.InvariantCulture, $"v{version}:");

    private static byte[] Associees(int version, string usage) => Encoding.UTF8.GetBytes(Prefixe(version) + usage);

    private static int? Version(string valeur)
    {
        var fin = valeur.IndexOf(':', StringComparison.Ordinal);
        return valeur.StartsWith('v') && fin > 1 && int.TryParse(valeur.AsSpan(1, fin - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
