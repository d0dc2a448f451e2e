using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Structures;

/// <summary>An organisation that accompanies people or runs insertion actions.</summary>
public class Structure : ITenantOwned, IActivable
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public required string Nom { get; set; }
    public TypeStructure Type { get; set; }
    public required string Siret { get; set; }
    public required string Adresse { get; set; }
    public required string CodeInsee { get; set; }
    public string? Telephone { get; set; }
    public string? Email { get; set; }
    public bool Actif { get; set; } = true;
    public int Version { get; set; }
    public List<StructureTerritoire> Territoires { get; set; } = [];
}

/// <summary>A territoire the structure serves.</summary>
public class StructureTerritoire : ITenantOwned
{
    public int DepartementId { get; set; }
    public int StructureId { get; set; }
    public int TerritoireId { get; set; }
    public Territoires.Territoire? Territoire { get; set; }
}

internal sealed class StructureConfiguration : IEntityTypeConfiguration<Structure>
{
    public void Configure(EntityTypeBuilder<Structure> builder)
    {
        builder.Property(s => s.Nom).HasMaxLength(200);
        builder.Property(s => s.Siret).HasMaxLength(14);
        builder.Property(s => s.Adresse).HasMaxLength(300);
        builder.Property(s => s.CodeInsee).HasMaxLength(5);
        builder.Property(s => s.Telephone).HasMaxLength(20);
        builder.Property(s => s.Email).HasMaxLength(254);
        builder.Property(s => s.Type).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(s => new { s.DepartementId, s.Siret }).IsUnique();
        builder.HasIndex(s => new { s.DepartementId, s.Nom });
        builder.HasOne<Departements.Departement>().WithMany().HasForeignKey(s => s.DepartementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Territoires).WithOne().HasForeignKey(t => t.StructureId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StructureTerritoireConfiguration : IEntityTypeConfiguration<StructureTerritoire>
{
    public void Configure(EntityTypeBuilder<StructureTerritoire> builder)
    {
        builder.HasKey(t => new { t.StructureId, t.TerritoireId });
        builder.HasOne(t => t.Territoire).WithMany().HasForeignKey(t => t.TerritoireId).OnDelete(DeleteBehavior.Restrict);
    }
}
