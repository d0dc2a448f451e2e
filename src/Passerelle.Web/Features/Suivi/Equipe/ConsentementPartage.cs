using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Suivi.Equipe;

[JsonConverter(typeof(JsonStringEnumConverter<ModeConsentement>))]
public enum ModeConsentement
{
    Ecrit,
    Oral,
    Courriel,
}

/// <summary>
/// The person's consent to share their follow-up with professionals outside the référent's
/// structure: when and how it was given, who recorded it, and its withdrawal. At most one is in
/// force (not withdrawn) per person; a new consent after a withdrawal is a new row.
/// </summary>
public class ConsentementPartage : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int PersonneId { get; set; }
    public DateOnly DonneLe { get; set; }
    public ModeConsentement Mode { get; set; }
    public required string RecueilliPar { get; set; }
    public DateTime EnregistreLe { get; set; }
    public DateTime? RetireLe { get; set; }
    public string? RetirePar { get; set; }
}

internal sealed class ConsentementPartageConfiguration : IEntityTypeConfiguration<ConsentementPartage>
{
    public void Configure(EntityTypeBuilder<ConsentementPartage> builder)
    {
        builder.ToTable("ConsentementsPartage");
        builder.Property(c => c.Mode).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.RecueilliPar).HasMaxLength(200);
        builder.Property(c => c.RetirePar).HasMaxLength(200);
        builder.HasIndex(c => c.PersonneId).IsUnique().HasFilter("\"RetireLe\" IS NULL").HasDatabaseName("IX_ConsentementsPartage_EnVigueur");
        builder.HasIndex(c => new { c.PersonneId, c.DonneLe });
        builder.HasOne<Dossiers.Personne>().WithMany().HasForeignKey(c => c.PersonneId).OnDelete(DeleteBehavior.Cascade);
    }
}

public static class ConsentementLibelles
{
    public static string Libelle(this ModeConsentement mode) => mode switch
    {
        ModeConsentement.Ecrit => "par écrit",
        ModeConsentement.Oral => "oralement",
        _ => "par courriel",
    };
}
