using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Acces.ClesApi;

/// <summary>
/// A partner's key (a CAF/MSA drop script, France Travail, a BI tool): it acts as a département-wide
/// agent, on the /api/v1 endpoints that accept one of its scopes only (<see cref="PorteesApi"/>),
/// until it expires or is revoked. Only the SHA-256 of the key is stored; the key is shown once, at creation.
/// </summary>
public class CleApi : ITenantOwned, IActivable
{
    public const string Entete = "psr_";

    public int Id { get; set; }
    public int DepartementId { get; set; }
    public required string Nom { get; set; }
    /// <summary>The visible start of the key, to find it and to recognise it in lists.</summary>
    public required string Prefixe { get; set; }
    public required string Empreinte { get; set; }
    public required string CreePar { get; set; }
    public DateTime CreeLe { get; set; }
    /// <summary>The instant (UTC) from which the key is refused.</summary>
    public DateTime ExpireLe { get; set; }
    /// <summary>Its scopes, separated by spaces as OAuth writes them.</summary>
    public required string Portees { get; set; }

    /// <summary>Room for every scope of PorteesApi.Toutes at once (about 900 characters in 2026) and those to come.</summary>
    public const int LongueurPortees = 4000;
    public bool Actif { get; set; } = true;
    public int Version { get; set; }

    /// <summary>A new key: "psr_" + 8 hexadecimal characters + "_" + 43 random base64url characters (256 bits).</summary>
    public static (string Cle, string Prefixe) Generer()
    {
        var prefixe = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return ($"{Entete}{prefixe}_{secret}", prefixe);
    }

    public static string Hacher(string cle) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(cle)));

    /// <returns>The prefix of a well-formed key, else null.</returns>
    public static string? PrefixeDe(string cle) =>
        cle.StartsWith(Entete, StringComparison.Ordinal) && cle.Length > Entete.Length + 9 && cle[Entete.Length + 8] == '_' ? cle.Substring(Entete.Length, 8) : null;

    public IReadOnlyList<string> ListePortees => Portees.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool Correspond(string cle) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hacher(cle)), Encoding.ASCII.GetBytes(Empreinte));
}

internal sealed class CleApiConfiguration : IEntityTypeConfiguration<CleApi>
{
    public void Configure(EntityTypeBuilder<CleApi> builder)
    {
        builder.ToTable("ClesApi");
        builder.Property(c => c.Nom).HasMaxLength(100);
        builder.Property(c => c.Prefixe).HasMaxLength(8);
        builder.Property(c => c.Empreinte).HasMaxLength(64);
        builder.Property(c => c.CreePar).HasMaxLength(256);
        builder.Property(c => c.Portees).HasMaxLength(CleApi.LongueurPortees);
        builder.HasIndex(c => c.Prefixe).IsUnique();
        builder.HasOne<Departements.Departement>().WithMany().HasForeignKey(c => c.DepartementId).OnDelete(DeleteBehavior.Restrict);
    }
}
