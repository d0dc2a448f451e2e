using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Programmes;

/// <summary>The kinds of programme a département runs (primer §4).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TypeProgramme>))]
public enum TypeProgramme { Pti, Pdi, Pdie, Fse, StrategiePauvrete }

/// <summary>
/// A département's programme (PTI, PDI, PDIE, FSE programme, stratégie pauvreté convention): its period, its
/// signatory partners and the tree of its axes, objectives and fiches-actions (<see cref="ElementProgramme"/>).
/// Loaded from a versioned data file (docs/format-programme.md), identified by its <see cref="Code"/>.
/// </summary>
public class Programme : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public required string Code { get; set; }
    public TypeProgramme Type { get; set; }
    public required string Titre { get; set; }
    public DateOnly Debut { get; set; }
    public DateOnly Fin { get; set; }
    /// <summary>The document the data was read from, and where in it.</summary>
    public required string Source { get; set; }
    public string? Presentation { get; set; }
    public DateTime ImporteLe { get; set; }
    public required string ImportePar { get; set; }
    public List<PartenaireProgramme> Partenaires { get; set; } = [];
    public List<ElementProgramme> Elements { get; set; } = [];
}

/// <summary>A signatory of the programme and what it committed to, verbatim.</summary>
public class PartenaireProgramme : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int ProgrammeId { get; set; }
    public int Ordre { get; set; }
    public required string Nom { get; set; }
    public List<string> Engagements { get; set; } = [];
}

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.ToTable("Programmes");
        builder.Property(p => p.Code).HasMaxLength(60);
        builder.Property(p => p.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Titre).HasMaxLength(500);
        builder.Property(p => p.Source).HasMaxLength(300);
        builder.Property(p => p.ImportePar).HasMaxLength(200);
        builder.HasIndex(p => new { p.DepartementId, p.Code }).IsUnique();
        builder.HasMany(p => p.Partenaires).WithOne().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Elements).WithOne().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PartenaireProgrammeConfiguration : IEntityTypeConfiguration<PartenaireProgramme>
{
    public void Configure(EntityTypeBuilder<PartenaireProgramme> builder)
    {
        builder.ToTable("PartenairesProgramme");
        builder.Property(p => p.Nom).HasMaxLength(500);
        builder.HasIndex(p => p.ProgrammeId);
    }
}
