using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.Referents;

/// <summary>
/// A structure accepts people of one orientation type, within a number of places conventionnées
/// (primer §3.5; null places = no agreed limit). A structure with no row accepts no orientation.
/// </summary>
public class OffreAccompagnement : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int StructureId { get; set; }
    public Structures.Structure? Structure { get; set; }
    public TypeOrientation TypeOrientation { get; set; }
    public int? Places { get; set; }
}

internal sealed class OffreAccompagnementConfiguration : IEntityTypeConfiguration<OffreAccompagnement>
{
    public void Configure(EntityTypeBuilder<OffreAccompagnement> builder)
    {
        builder.ToTable("OffresAccompagnement");
        builder.Property(o => o.TypeOrientation).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(o => new { o.StructureId, o.TypeOrientation }).IsUnique();
        builder.HasIndex(o => new { o.DepartementId, o.TypeOrientation });
        builder.HasOne(o => o.Structure).WithMany().HasForeignKey(o => o.StructureId).OnDelete(DeleteBehavior.Cascade);
    }
}
