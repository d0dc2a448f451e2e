using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Passerelle.Web.Features.Acces.Sessions;

/// <summary>
/// One sign-in: its id travels in the cookie (claim <see cref="ServiceSessions.Claim"/>). Sign-out and a password
/// change revoke it here, and every instance refuses its cookie from then on (docs/decisions/0009-sessions.md).
/// </summary>
public sealed class SessionUtilisateur
{
    public required string Id { get; set; }
    public required string UtilisateurId { get; set; }
    public DateTime OuverteLe { get; set; }
    public DateTime? RevoqueeLe { get; set; }
}

internal sealed class SessionUtilisateurConfiguration : IEntityTypeConfiguration<SessionUtilisateur>
{
    public void Configure(EntityTypeBuilder<SessionUtilisateur> builder)
    {
        builder.ToTable("SessionsUtilisateurs");
        builder.Property(s => s.Id).HasMaxLength(32);
        builder.Property(s => s.UtilisateurId).HasMaxLength(450);
        builder.HasIndex(s => s.UtilisateurId);
        builder.HasIndex(s => s.RevoqueeLe);
        builder.HasOne<Utilisateurs.Utilisateur>().WithMany().HasForeignKey(s => s.UtilisateurId).OnDelete(DeleteBehavior.Cascade);
    }
}
