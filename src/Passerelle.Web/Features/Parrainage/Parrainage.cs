using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Parrainage;

/// <summary>
/// A pairing of a mentor with a person of a référent's caseload, followed through <see cref="TransitionsParrainage"/>.
/// The mentor reads only <see cref="Partage"/>, what the référent chose to share when proposing it: never the person's file.
/// </summary>
public class Parrainage : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public int ParrainId { get; set; }
    public int PersonneId { get; set; }
    public required string ProposeParId { get; set; }
    public required string ProposeParNom { get; set; }
    public DateTime ProposeLe { get; set; }
    public DateOnly DateDebut { get; set; }
    public DateOnly DateFinPrevue { get; set; }
    public required string Objectifs { get; set; }
    public required InformationsFilleul Partage { get; set; }
    public StatutParrainage Statut { get; set; }
    /// <summary>The day the mentor accepted: the start counted by the indicators.</summary>
    public DateOnly? CommenceLe { get; set; }
    public DateOnly? DateFin { get; set; }
    public IssueParrainage? Issue { get; set; }
    public List<RencontreParrainage> Rencontres { get; set; } = [];
}

/// <summary>
/// What the référent shares with the mentor, frozen at the proposal: the first name always (the mentor must know whom they
/// meet), then only what was ticked or typed. There is no field for the NIR, health, justice or CAF data: they cannot leak.
/// </summary>
public sealed record InformationsFilleul(string Prenom)
{
    public string? Commune { get; init; }
    public string? Telephone { get; init; }
    public string? Courriel { get; init; }
    public string? MetierVise { get; init; }
    public string? Message { get; init; }
}

/// <summary>One meeting of the mentor and the mentee, noted by the mentor (or the référent who heard of it).</summary>
public class RencontreParrainage : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int ParrainageId { get; set; }
    public DateOnly Date { get; set; }
    public int DureeMinutes { get; set; }
    public required string Sujet { get; set; }
    public string? Note { get; set; }
    public required string SaisiePar { get; set; }
    public DateTime SaisieLe { get; set; }
}

internal sealed class ParrainageConfiguration : IEntityTypeConfiguration<Parrainage>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Parrainage> builder)
    {
        builder.ToTable("Parrainages");
        builder.Property(p => p.ProposeParId).HasMaxLength(450);
        builder.Property(p => p.ProposeParNom).HasMaxLength(200);
        builder.Property(p => p.Objectifs).HasMaxLength(2000);
        builder.Property(p => p.Partage).HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            s => JsonSerializer.Deserialize<InformationsFilleul>(s, Json)!,
            new ValueComparer<InformationsFilleul>((a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal), v => v))
            .HasMaxLength(3000);
        builder.Property(p => p.Statut).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Issue).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => new { p.ParrainId, p.Statut });
        builder.HasIndex(p => new { p.PersonneId, p.Statut });
        builder.HasIndex(p => new { p.DepartementId, p.CommenceLe });
        builder.HasOne<Parrain>().WithMany().HasForeignKey(p => p.ParrainId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Dossiers.Personne>().WithMany().HasForeignKey(p => p.PersonneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Rencontres).WithOne().HasForeignKey(r => r.ParrainageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RencontreParrainageConfiguration : IEntityTypeConfiguration<RencontreParrainage>
{
    public void Configure(EntityTypeBuilder<RencontreParrainage> builder)
    {
        builder.ToTable("RencontresParrainage");
        builder.Property(r => r.Sujet).HasMaxLength(200);
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.Property(r => r.SaisiePar).HasMaxLength(200);
        builder.HasIndex(r => new { r.ParrainageId, r.Date });
    }
}
