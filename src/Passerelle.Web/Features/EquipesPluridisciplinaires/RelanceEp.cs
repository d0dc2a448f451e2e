using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires;

/// <summary>
/// A reminder sent to a person found by a detection queue (e.g. oriented 60 days ago without contract), before any EP
/// passage: the queue shows their count and the next one due ([config] 60 / +30 / +30 days).
/// </summary>
public class RelanceEp : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int PersonneId { get; set; }
    public NatureThematique Nature { get; set; }
    /// <summary>The day the clock counts from (the orientation for « sans contrat »): a new orientation starts a new series.</summary>
    public DateOnly DateReference { get; set; }
    public int Rang { get; set; }
    public DateOnly EnvoyeeLe { get; set; }
    public int? EnvoiId { get; set; }
    public required string EnvoyeePar { get; set; }
}

internal sealed class RelanceEpConfiguration : IEntityTypeConfiguration<RelanceEp>
{
    public void Configure(EntityTypeBuilder<RelanceEp> builder)
    {
        builder.ToTable("RelancesEp");
        builder.Property(r => r.Nature).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.EnvoyeePar).HasMaxLength(200);
        // One reminder of each rank per person, nature and series: a double click or two agents send it once.
        builder.HasIndex(r => new { r.PersonneId, r.Nature, r.DateReference, r.Rang }).IsUnique();
        builder.HasIndex(r => new { r.DepartementId, r.Nature, r.EnvoyeeLe });
        builder.HasOne<Dossiers.Personne>().WithMany().HasForeignKey(r => r.PersonneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Envois.Envoi>().WithMany().HasForeignKey(r => r.EnvoiId).OnDelete(DeleteBehavior.SetNull);
    }
}
