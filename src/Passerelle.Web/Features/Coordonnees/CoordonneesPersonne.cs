using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Coordonnees;

/// <summary>How the person's consent was obtained, as the agent records it.</summary>
public enum RecueilConsentement { Entretien, Telephone, Ecrit, FormulaireEnLigne }

/// <summary>
/// The person's agreement to be reached on one channel: given or withdrawn, when, by whom it was
/// recorded and how it was obtained. Never given is the same as withdrawn: nothing is sent.
/// </summary>
public sealed class Consentement
{
    public bool Donne { get; set; }
    public DateTime? Le { get; set; }
    public string? Par { get; set; }
    public RecueilConsentement? Recueil { get; set; }
}

/// <summary>
/// What Passerelle knows beyond the person's main phone and e-mail (kept on <see cref="Dossiers.Personne"/>,
/// where imports and the search read them): a second phone, the consents to SMS and e-mail, and the
/// e-mail address a server refused (a bounce), which stops e-mails until the address changes.
/// </summary>
public class CoordonneesPersonne : ITenantOwned, IVersioned
{
    public int PersonneId { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public string? Telephone2 { get; set; }
    public Consentement ConsentementSms { get; set; } = new();
    public Consentement ConsentementEmail { get; set; } = new();
    /// <summary>The address refused, so that a new address clears the mark by itself.</summary>
    public string? EmailEnErreur { get; set; }
    public DateTime? EmailEnErreurLe { get; set; }
    public string? EmailErreur { get; set; }
}

internal sealed class CoordonneesPersonneConfiguration : IEntityTypeConfiguration<CoordonneesPersonne>
{
    public void Configure(EntityTypeBuilder<CoordonneesPersonne> builder)
    {
        builder.ToTable("CoordonneesPersonnes");
        builder.HasKey(c => c.PersonneId);
        builder.Property(c => c.PersonneId).ValueGeneratedNever();
        builder.Property(c => c.Telephone2).HasMaxLength(20);
        builder.Property(c => c.EmailEnErreur).HasMaxLength(254);
        builder.Property(c => c.EmailErreur).HasMaxLength(500);
        foreach (var canal in new[] { nameof(CoordonneesPersonne.ConsentementSms), nameof(CoordonneesPersonne.ConsentementEmail) })
        {
            builder.OwnsOne<Consentement>(canal, c =>
            {
                c.Property(a => a.Par).HasMaxLength(200);
                c.Property(a => a.Recueil).HasConversion<string>().HasMaxLength(30);
            });
            builder.Navigation(canal).IsRequired();
        }
        builder.HasOne<Dossiers.Personne>().WithOne().HasForeignKey<CoordonneesPersonne>(c => c.PersonneId).OnDelete(DeleteBehavior.Cascade);
    }
}
