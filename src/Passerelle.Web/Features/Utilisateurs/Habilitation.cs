using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Utilisateurs;

/// <summary>One role held by a user, with its scope (a structure or a territoire where the role needs one).</summary>
public class Habilitation : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public required string UtilisateurId { get; set; }
    public Role Role { get; set; }
    public int? StructureId { get; set; }
    public int? TerritoireId { get; set; }
    public Structures.Structure? Structure { get; set; }
    public Territoires.Territoire? Territoire { get; set; }
}

internal sealed class HabilitationConfiguration : IEntityTypeConfiguration<Habilitation>
{
    public void Configure(EntityTypeBuilder<Habilitation> builder)
    {
        builder.Property(h => h.Role).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(h => new { h.UtilisateurId, h.Role, h.StructureId, h.TerritoireId }).IsUnique();
        builder.HasOne(h => h.Structure).WithMany().HasForeignKey(h => h.StructureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(h => h.Territoire).WithMany().HasForeignKey(h => h.TerritoireId).OnDelete(DeleteBehavior.Restrict);
    }
}
