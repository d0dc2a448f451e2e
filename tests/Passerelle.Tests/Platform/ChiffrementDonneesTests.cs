using System.Security.Cryptography;
using Passerelle.Web.Platform.Chiffrement;

namespace Passerelle.Tests.Platform;

public sealed class ChiffrementDonneesTests
{
    private const string Nir = "185054900712329";
    private static readonly byte[] Cle1 = RandomNumberGenerator.GetBytes(32), Cle2 = RandomNumberGenerator.GetBytes(32), CleEmpreinte = RandomNumberGenerator.GetBytes(32);

    private static ChiffrementDonnees Avec(Dictionary<int, byte[]> cles, byte[]? empreinte = null) => new(new ClesChiffrement(cles, empreinte ?? CleEmpreinte));

    [Fact]
    public void Chiffrer_ne_laisse_rien_en_clair_change_a_chaque_fois_et_se_dechiffre()
    {
        var c = Avec(new() { [1] = Cle1 });
        var (a, b) = (c.Chiffrer(Nir), c.Chiffrer(Nir));
        Assert.StartsWith("v1:", a, StringComparison.Ordinal);
        Assert.DoesNotContain(Nir[..13], a, StringComparison.Ordinal);
        Assert.NotEqual(a, b);
        Assert.Equal((Nir, Nir), (c.Dechiffrer(a), c.Dechiffrer(b)));
    }

    [Fact]
    public void Dechiffrer_une_valeur_alteree_est_refuse()
    {
        var c = Avec(new() { [1] = Cle1 });
        var chiffre = c.Chiffrer(Nir);
        var octets = Convert.FromBase64String(chiffre[3..]);
        octets[14] ^= 1;
        Assert.ThrowsAny<CryptographicException>(() => c.Dechiffrer("v1:" + Convert.ToBase64String(octets)));
        Assert.ThrowsAny<CryptographicException>(() => c.Dechiffrer(chiffre[..^4]));
        Assert.ThrowsAny<CryptographicException>(() => c.Dechiffrer(Nir));
    }

    [Fact]
    public void Dechiffrer_avec_une_autre_cle_ou_pour_un_autre_usage_est_refuse()
    {
        var chiffre = Avec(new() { [1] = Cle1 }).Chiffrer(Nir);
        Assert.ThrowsAny<CryptographicException>(() => Avec(new() { [1] = Cle2 }).Dechiffrer(chiffre));
        Assert.ThrowsAny<CryptographicException>(() => Avec(new() { [1] = Cle1 }).Dechiffrer(chiffre, "anneau-protection-donnees"));
        Assert.ThrowsAny<CryptographicException>(() => Avec(new() { [2] = Cle1 }).Dechiffrer(chiffre));
    }

    [Fact]
    public void Rotation_la_version_la_plus_haute_chiffre_les_anciennes_dechiffrent_encore()
    {
        var ancien = Avec(new() { [1] = Cle1 }).Chiffrer(Nir);
        var c = Avec(new() { [1] = Cle1, [2] = Cle2 });
        var nouveau = c.Chiffrer(Nir);
        Assert.Equal((Nir, Nir), (c.Dechiffrer(ancien), c.Dechiffrer(nouveau)));
        Assert.StartsWith("v2:", nouveau, StringComparison.Ordinal);
        Assert.Equal((false, true), (c.EstChiffreCourant(ancien), c.EstChiffreCourant(nouveau)));
    }

    [Fact]
    public void Empreinte_stable_pour_une_cle_differente_pour_une_autre_sans_la_valeur()
    {
        var c = Avec(new() { [1] = Cle1 });
        var empreinte = c.Empreinte(Nir[..13]);
        Assert.Equal(empreinte, Avec(new() { [1] = Cle2 }).Empreinte(Nir[..13]));
        Assert.NotEqual(empreinte, c.Empreinte("1850549007124"));
        Assert.NotEqual(empreinte, Avec(new() { [1] = Cle1 }, RandomNumberGenerator.GetBytes(32)).Empreinte(Nir[..13]));
        Assert.DoesNotContain(Nir[..13], empreinte, StringComparison.Ordinal);
        Assert.Equal(24, empreinte.Length);
    }
}
