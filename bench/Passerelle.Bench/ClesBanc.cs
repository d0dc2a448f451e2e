using System.Security.Cryptography;
using System.Text;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform.Chiffrement;

namespace Passerelle.Bench;

/// <summary>
/// The bench's own encryption keys, fixed so that a kept base (<c>--reprendre</c>) opens again: given to every
/// application process it starts and used by the generator that writes persons directly. Never production keys.
/// </summary>
internal static class ClesBanc
{
    private static readonly byte[] Cle = SHA256.HashData(Encoding.UTF8.GetBytes("passerelle-banc-cle-1"));
    private static readonly byte[] CleEmpreinte = SHA256.HashData(Encoding.UTF8.GetBytes("passerelle-banc-empreinte"));

    public static ProtectionNir Protection { get; } = new(new ChiffrementDonnees(new ClesChiffrement(new Dictionary<int, byte[]> { [1] = Cle }, CleEmpreinte)));

    public static void Donner(IDictionary<string, string?> environnement)
    {
        environnement["Chiffrement__Cles__1"] = Convert.ToBase64String(Cle);
        environnement["Chiffrement__CleEmpreinte"] = Convert.ToBase64String(CleEmpreinte);
    }
}
