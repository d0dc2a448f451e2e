using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Diagnostic;

/// <summary>
/// One version of a person's diagnostic socio-professionnel (primer §3.3). Versions are never
/// changed: each save adds the next <see cref="Numero"/> and the highest is the current one, so
/// the history shows who saw what when. Two saves based on the same version collide on the unique
/// (person, numero) index instead of one silently replacing the other.
/// <see cref="DetailSante"/> and <see cref="DetailJustice"/> are sensitive (<see cref="DetailsSensibles"/>).
/// </summary>
public class Diagnostic : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int PersonneId { get; set; }
    public int Numero { get; set; }
    public DateTimeOffset EtabliLe { get; set; }
    public required string AuteurId { get; set; }
    public required string AuteurNom { get; set; }

    /// <summary>One entry per theme, always all of them.</summary>
    public List<Frein> Freins { get; set; } = [];
    public string? Atouts { get; set; }
    public NiveauFormation? NiveauFormation { get; set; }
    public string? ExperienceProfessionnelle { get; set; }
    public int? AnneesExperience { get; set; }
    /// <summary>Codes of fiches ROME (<see cref="Rome.ReferentielRome"/>).</summary>
    public List<string> MetiersRecherches { get; set; } = [];
    public bool PermisB { get; set; }
    public bool Vehicule { get; set; }
    public int? RayonMobiliteKm { get; set; }
    public bool DisponibleImmediatement { get; set; }
    public DateOnly? DisponibleLe { get; set; }
    public string? ContraintesGarde { get; set; }

    public string? DetailSante { get; set; }
    public string? DetailJustice { get; set; }
    /// <summary>
    /// Who wrote the sensitive details this version carries: a later version saved by someone not
    /// allowed to read them keeps them unchanged, and must not make its author a reader.
    /// </summary>
    public string? AuteurDetailsSensiblesId { get; set; }

    public NiveauFrein Niveau(ThemeFrein theme) => Freins.FirstOrDefault(f => f.Theme == theme)?.Niveau ?? NiveauFrein.Aucun;

    public bool ADetailsSensibles => !string.IsNullOrWhiteSpace(DetailSante) || !string.IsNullOrWhiteSpace(DetailJustice);
}

internal sealed class DiagnosticConfiguration : IEntityTypeConfiguration<Diagnostic>
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<Diagnostic> builder)
    {
        builder.ToTable("Diagnostics");
        builder.Property(d => d.AuteurId).HasMaxLength(450);
        builder.Property(d => d.AuteurNom).HasMaxLength(200);
        builder.Property(d => d.AuteurDetailsSensiblesId).HasMaxLength(450);
        builder.Property(d => d.Freins).HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            s => JsonSerializer.Deserialize<List<Frein>>(s, Json) ?? new List<Frein>(),
            new ValueComparer<List<Frein>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, f) => HashCode.Combine(h, f)), v => v.ToList()))
            .HasMaxLength(6000);
        builder.Property(d => d.MetiersRecherches).HasConversion(
            v => string.Join(',', v),
            s => s.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(),
            new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, c) => HashCode.Combine(h, c)), v => v.ToList()))
            .HasMaxLength(200);
        builder.Property(d => d.Atouts).HasMaxLength(2000);
        builder.Property(d => d.NiveauFormation).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.ExperienceProfessionnelle).HasMaxLength(2000);
        builder.Property(d => d.ContraintesGarde).HasMaxLength(1000);
        builder.Property(d => d.DetailSante).HasMaxLength(2000);
        builder.Property(d => d.DetailJustice).HasMaxLength(2000);
        builder.HasIndex(d => new { d.PersonneId, d.Numero }).IsUnique();
        // A département's education levels read whole (DREES tables): without it, each reads the national table (issue 17's bench).
        builder.HasIndex(d => new { d.DepartementId, d.PersonneId });
        builder.HasOne<Dossiers.Personne>().WithMany().HasForeignKey(d => d.PersonneId).OnDelete(DeleteBehavior.Restrict);
    }
}
