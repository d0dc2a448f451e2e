using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Acces.ClesApi;

/// <summary>
/// One call made with a key, refused ones included once the key itself is recognised (revoked,
/// expired, out of scope). The path carries no query string: search criteria (a NIR, a name) stay out.
/// Kept <see cref="OptionsClesApi.ConservationAppelsJours"/> days.
/// </summary>
public class AppelCleApi : ITenantOwned
{
    public long Id { get; set; }
    public int DepartementId { get; set; }
    public int CleApiId { get; set; }
    public DateTime Instant { get; set; }
    public required string Methode { get; set; }
    public required string Chemin { get; set; }
    public int Statut { get; set; }
    public string? AdresseIp { get; set; }
}

internal sealed class AppelCleApiConfiguration : IEntityTypeConfiguration<AppelCleApi>
{
    public void Configure(EntityTypeBuilder<AppelCleApi> builder)
    {
        builder.ToTable("AppelsClesApi");
        builder.Property(a => a.Methode).HasMaxLength(10);
        builder.Property(a => a.Chemin).HasMaxLength(JournalAppelsCles.LongueurChemin);
        builder.Property(a => a.AdresseIp).HasMaxLength(45);
        // The key's page reads its calls newest first; the last use is the first of them.
        builder.HasIndex(a => new { a.CleApiId, a.Instant });
        // The daily purge deletes by age across départements.
        builder.HasIndex(a => a.Instant);
        builder.HasOne<CleApi>().WithMany().HasForeignKey(a => a.CleApiId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class OptionsClesApi
{
    /// <summary>The longest validity an administrator may give a key.</summary>
    public int DureeMaximaleJours { get; set; } = 365;

    /// <summary>How long the call log is kept (CNIL: six months to a year for access logs).</summary>
    public int ConservationAppelsJours { get; set; } = 365;
}
