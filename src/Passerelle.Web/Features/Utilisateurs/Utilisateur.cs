using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Passerelle.Web.Features.Utilisateurs;

/// <summary>
/// A person who signs in. The account is attached to one home département; its rights come from
/// its <see cref="Habilitation"/>s. Accounts are not tenant-filtered because sign-in happens before
/// a tenant is known; administration pages filter them explicitly (see docs/decisions/0002).
/// </summary>
public class Utilisateur : IdentityUser
{
    public required string Prenom { get; set; }
    public required string Nom { get; set; }
    public int DepartementId { get; set; }
    public bool Actif { get; set; } = true;

    /// <summary>May manage the list of départements (national operator of the platform).</summary>
    public bool AdministrateurPlateforme { get; set; }

    /// <summary>The time step of the last TOTP code accepted: a code is accepted once (see Acces/Sessions/TotpUsageUnique).</summary>
    public long? DernierPasTotp { get; set; }

    public List<Habilitation> Habilitations { get; set; } = [];

    public string NomComplet => $"{Prenom} {Nom}";
}

internal sealed class UtilisateurConfiguration : IEntityTypeConfiguration<Utilisateur>
{
    public void Configure(EntityTypeBuilder<Utilisateur> builder)
    {
        builder.Property(u => u.Prenom).HasMaxLength(100);
        builder.Property(u => u.Nom).HasMaxLength(100);
        builder.HasIndex(u => new { u.DepartementId, u.Nom });
        builder.HasOne<Departements.Departement>().WithMany().HasForeignKey(u => u.DepartementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(u => u.Habilitations).WithOne().HasForeignKey(h => h.UtilisateurId).OnDelete(DeleteBehavior.Cascade);
    }
}
