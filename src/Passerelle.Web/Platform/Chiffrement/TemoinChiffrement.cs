using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Platform.Chiffrement;

/// <summary>
/// A known value encrypted (or indexed) with a key the database has used: at start-up it proves that the
/// configured keys are the ones that wrote the data, before a wrong key writes values nobody could read again.
/// </summary>
public class TemoinChiffrement
{
    public required string Nom { get; set; }
    public required string Valeur { get; set; }
}

internal sealed class TemoinChiffrementConfiguration : IEntityTypeConfiguration<TemoinChiffrement>
{
    public void Configure(EntityTypeBuilder<TemoinChiffrement> builder)
    {
        builder.ToTable("TemoinsChiffrement");
        builder.HasKey(t => t.Nom);
        builder.Property(t => t.Nom).HasMaxLength(40);
        builder.Property(t => t.Valeur).HasMaxLength(200);
    }
}

public static class VerificationCles
{
    private const string Usage = "temoin";
    private const string Connu = "Passerelle";
    private const string NomEmpreinte = "empreinte";
    private const string PrefixeVersion = "cle-v";

    /// <summary>Stops start-up with the reason when a configured key is not the one the database knows; records the keys used from now on.</summary>
    public static async Task VerifierAsync(AppDbContext db, ChiffrementDonnees chiffrement, ClesChiffrement cles, CancellationToken ct = default)
    {
        var temoins = await db.Set<TemoinChiffrement>().ToListAsync(ct);
        foreach (var t in temoins.Where(t => t.Nom.StartsWith(PrefixeVersion, StringComparison.Ordinal)))
        {
            var version = t.Nom[PrefixeVersion.Length..];
            if (!cles.Cles.ContainsKey(int.Parse(version, CultureInfo.InvariantCulture)))
                throw new InvalidOperationException($"La base contient des données chiffrées par la version {version} de la clé, absente de Chiffrement:Cles : "
                    + $"redonnez Chiffrement:Cles:{version} (voir docs/operations.md, « Clés de chiffrement »).");
            try { chiffrement.Dechiffrer(t.Valeur, Usage); }
            catch (CryptographicException)
            {
                throw new InvalidOperationException($"Chiffrement:Cles:{version} n'est pas la clé qui a chiffré les données de cette base : "
                    + "démarrage arrêté pour ne rien écrire d'illisible. Redonnez la clé d'origine (voir docs/operations.md, « Clés de chiffrement »).");
            }
        }
        if (temoins.SingleOrDefault(t => t.Nom == NomEmpreinte) is { } empreinte && empreinte.Valeur != chiffrement.Empreinte(Connu))
            throw new InvalidOperationException("Chiffrement:CleEmpreinte n'est pas la clé d'empreinte de cette base : les recherches et rapprochements par NIR "
                + "ne trouveraient plus personne. Démarrage arrêté ; redonnez la clé d'origine (voir docs/operations.md, « Clés de chiffrement »).");
        var courante = PrefixeVersion + cles.VersionCourante.ToString(CultureInfo.InvariantCulture);
        if (temoins.All(t => t.Nom != courante)) db.Add(new TemoinChiffrement { Nom = courante, Valeur = chiffrement.Chiffrer(Connu, Usage) });
        if (temoins.All(t => t.Nom != NomEmpreinte)) db.Add(new TemoinChiffrement { Nom = NomEmpreinte, Valeur = chiffrement.Empreinte(Connu) });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Once nothing is encrypted with an older key any more, its version may leave the configuration.</summary>
    public static Task OublierAnciennesAsync(AppDbContext db, ClesChiffrement cles, CancellationToken ct = default)
    {
        var courante = PrefixeVersion + cles.VersionCourante.ToString(CultureInfo.InvariantCulture);
        return db.Set<TemoinChiffrement>().Where(t => t.Nom.StartsWith(PrefixeVersion) && t.Nom != courante).ExecuteDeleteAsync(ct);
    }
}
