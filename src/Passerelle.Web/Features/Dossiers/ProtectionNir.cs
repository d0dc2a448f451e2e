using Passerelle.Web.Platform.Chiffrement;

namespace Passerelle.Web.Features.Dossiers;

/// <summary>
/// How a person's NIR is kept (decision 0011): encrypted, with the blind index of its 13 first characters to match
/// and search on. Every write of a NIR goes through <see cref="Enregistrer"/>, every display through <see cref="Lire"/>.
/// </summary>
public sealed class ProtectionNir(ChiffrementDonnees chiffrement)
{
    /// <summary>The blind index of a NIR's 13 first characters (13 or 15 given, spaces ignored), or null without a NIR.</summary>
    public string? Empreinte(string? nir) => Nir.PrefixeRapprochement(nir) is { } prefixe ? chiffrement.Empreinte(prefixe) : null;

    /// <summary>
    /// Keeps a NIR already read by <see cref="Nir.Lire"/> (13 characters and computed key): re-encrypted only when it
    /// changed or its key version is old, so an unchanged person is not rewritten by every flux.
    /// </summary>
    public void Enregistrer(Personne personne, string nir, string? empreinte = null)
    {
        empreinte ??= Empreinte(nir);
        if (personne.EmpreinteNir == empreinte && personne.NirChiffre is { } chiffre && chiffrement.EstChiffreCourant(chiffre)) return;
        (personne.NirChiffre, personne.EmpreinteNir) = (chiffrement.Chiffrer(Nir.Normaliser(nir)), empreinte);
    }

    /// <summary>The encrypted NIR and its blind index, as stored.</summary>
    public (string Chiffre, string? Empreinte) Proteger(string nir) => (chiffrement.Chiffrer(Nir.Normaliser(nir)), Empreinte(nir));

    /// <summary>The NIR in clear, for the few pages and exports that show it to roles allowed to see it.</summary>
    public string? Lire(string? nirChiffre) => nirChiffre is null ? null : chiffrement.Dechiffrer(nirChiffre);
}
