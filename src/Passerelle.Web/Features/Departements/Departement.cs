using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Passerelle.Web.Features.Departements;

/// <summary>The tenant: a département identified by its INSEE code ("49", "2A", "974").</summary>
public class Departement : Data.IVersioned
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Nom { get; set; }
    public bool Actif { get; set; } = true;
    public int Version { get; set; }
}

internal sealed class DepartementConfiguration : IEntityTypeConfiguration<Departement>
{
    public void Configure(EntityTypeBuilder<Departement> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(3);
        builder.Property(d => d.Nom).HasMaxLength(100);
        builder.HasIndex(d => d.Code).IsUnique();
    }
}
