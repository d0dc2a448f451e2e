using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Passerelle.Web.Features.Acces.Sessions;

/// <summary>
/// A "forgotten password" link sent by e-mail: only the SHA-256 of its random secret is stored, it expires after
/// <c>Connexion:ReinitialisationMinutes</c> (30 by default) and is used once.
/// </summary>
public sealed class DemandeReinitialisation
{
    public int Id { get; set; }
    public required string UtilisateurId { get; set; }
    public required string Empreinte { get; set; }
    public DateTime CreeeLe { get; set; }
    public DateTime ExpireLe { get; set; }
    public DateTime? UtiliseeLe { get; set; }

    public static (string Jeton, string Empreinte) NouveauJeton()
    {
        var jeton = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (jeton, Hacher(jeton));
    }

    public static string Hacher(string jeton) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(jeton)));
}

internal sealed class DemandeReinitialisationConfiguration : IEntityTypeConfiguration<DemandeReinitialisation>
{
    public void Configure(EntityTypeBuilder<DemandeReinitialisation> builder)
    {
        builder.ToTable("DemandesReinitialisation");
        builder.Property(d => d.Empreinte).HasMaxLength(64);
        builder.Property(d => d.UtilisateurId).HasMaxLength(450);
        builder.HasIndex(d => d.Empreinte).IsUnique();
        builder.HasOne<Utilisateurs.Utilisateur>().WithMany().HasForeignKey(d => d.UtilisateurId).OnDelete(DeleteBehavior.Cascade);
    }
}
