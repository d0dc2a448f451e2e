using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;

namespace Passerelle.Web.Features.Envois;

public enum CanalEnvoi { Courrier, Email, Sms }

public enum StatutEnvoi { EnAttente, Envoye, Echec }

/// <summary>
/// One delivery to a person, and its claim: the row is inserted (unique on département, key and
/// channel) before anything is sent, so a second attempt with the same key, from any instance of
/// the application, fails on the constraint and sends nothing.
/// </summary>
/// <remarks>A row left <see cref="StatutEnvoi.EnAttente"/> means the outcome is unknown (the process stopped
/// while sending): it is never retried automatically, since the message may have gone.</remarks>
public class Envoi : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int PersonneId { get; set; }
    public CanalEnvoi Canal { get; set; }
    public required string CodeModele { get; set; }
    /// <summary>Idempotence key chosen by the caller, e.g. "rappel-rdv:123".</summary>
    public required string Cle { get; set; }
    /// <summary>E-mail address, E.164 mobile number or postal address, as used for this delivery.</summary>
    public string? Destinataire { get; set; }
    public StatutEnvoi Statut { get; set; }
    /// <summary>Why the delivery failed, in French, for the agent reading the person's page.</summary>
    public string? Erreur { get; set; }
    public DateTime CreeLe { get; set; }
    public DateTime? EnvoyeLe { get; set; }
}

internal sealed class EnvoiConfiguration : IEntityTypeConfiguration<Envoi>
{
    public void Configure(EntityTypeBuilder<Envoi> builder)
    {
        builder.ToTable("Envois");
        builder.Property(e => e.Canal).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Statut).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.CodeModele).HasMaxLength(40);
        builder.Property(e => e.Cle).HasMaxLength(200);
        builder.Property(e => e.Destinataire).HasMaxLength(300);
        builder.Property(e => e.Erreur).HasMaxLength(500);
        builder.HasIndex(e => new { e.DepartementId, e.Cle, e.Canal }).IsUnique();
        builder.HasIndex(e => new { e.PersonneId, e.CreeLe });
        builder.HasOne<Departements.Departement>().WithMany().HasForeignKey(e => e.DepartementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Personne>().WithMany().HasForeignKey(e => e.PersonneId).OnDelete(DeleteBehavior.Cascade);
    }
}
