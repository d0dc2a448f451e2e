using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Territoires;

/// <summary>A territoire d'action sociale / pôle insertion: a set of communes of the département.</summary>
public class Territoire : ITenantOwned, IActivable
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public required string Nom { get; set; }
    public bool Actif { get; set; } = true;
    public int Version { get; set; }
    public List<TerritoireCommune> Communes { get; set; } = [];
}

/// <summary>A commune belongs to at most one territoire of its département.</summary>
public class TerritoireCommune : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int TerritoireId { get; set; }
    public required string CodeInsee { get; set; }
}

internal sealed class TerritoireConfiguration : IEntityTypeConfiguration<Territoire>
{
    public void Configure(EntityTypeBuilder<Territoire> builder)
    {
        builder.Property(t => t.Nom).HasMaxLength(120);
        builder.HasIndex(t => new { t.DepartementId, t.Nom }).IsUnique();
        builder.HasOne<Departements.Departement>().WithMany().HasForeignKey(t => t.DepartementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Communes).WithOne().HasForeignKey(c => c.TerritoireId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TerritoireCommuneConfiguration : IEntityTypeConfiguration<TerritoireCommune>
{
    public void Configure(EntityTypeBuilder<TerritoireCommune> builder)
    {
        builder.Property(c => c.CodeInsee).HasMaxLength(5);
        builder.HasIndex(c => new { c.DepartementId, c.CodeInsee }).IsUnique();
    }
}
