using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Publics;

/// <summary>
/// A public the département accompanies beyond the RSA (young people, PLIE participants, other
/// fragile publics): the département's own list, or <see cref="PublicsNationaux"/> when it has none.
/// </summary>
public class PublicAccompagne : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public required string Code { get; set; }
    public required string Libelle { get; set; }
    public bool Actif { get; set; } = true;
}

internal sealed class PublicAccompagneConfiguration : IEntityTypeConfiguration<PublicAccompagne>
{
    public void Configure(EntityTypeBuilder<PublicAccompagne> builder)
    {
        builder.ToTable("PublicsAccompagnes");
        builder.Property(p => p.Code).HasMaxLength(20);
        builder.Property(p => p.Libelle).HasMaxLength(120);
        builder.HasIndex(p => new { p.DepartementId, p.Code }).IsUnique();
        builder.HasOne<Departements.Departement>().WithMany().HasForeignKey(p => p.DepartementId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// The publics the seeds accompany beyond the RSA (Garantie jeunes / CEJ: Indre-et-Loire FA11, Sarthe
/// I4b; PLIE: Sarthe I3d2), offered to a département that has not set its own list.
/// </summary>
public static class PublicsNationaux
{
    public static readonly IReadOnlyList<(string Code, string Libelle)> Tous =
    [
        ("JEUNES", "Jeunes de 16 à 25 ans (contrat d'engagement jeune, garantie jeunes)"),
        ("PLIE", "Participants du PLIE"),
        ("AUTRE", "Autres publics en insertion"),
    ];
}
