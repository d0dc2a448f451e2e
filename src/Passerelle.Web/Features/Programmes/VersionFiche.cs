using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Programmes;

/// <summary>
/// One state of a fiche-action: who made it, when, why (an import of the programme file, a pilot's edit), which
/// fields changed, and the whole content as it then was (<see cref="ContenuFiche"/> in JSON), so that any past
/// version can be shown again.
/// </summary>
public class VersionFiche : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int FicheActionId { get; set; }
    public FicheAction? Fiche { get; set; }
    public int Numero { get; set; }
    public DateTime Le { get; set; }
    public required string Par { get; set; }
    public required string Motif { get; set; }
    public List<string> Changements { get; set; } = [];
    public required string Contenu { get; set; }
}

internal sealed class VersionFicheConfiguration : IEntityTypeConfiguration<VersionFiche>
{
    public void Configure(EntityTypeBuilder<VersionFiche> builder)
    {
        builder.ToTable("VersionsFiche");
        builder.Property(v => v.Par).HasMaxLength(200);
        builder.Property(v => v.Motif).HasMaxLength(300);
        builder.HasIndex(v => new { v.FicheActionId, v.Numero }).IsUnique();
        builder.HasOne(v => v.Fiche).WithMany().HasForeignKey(v => v.FicheActionId).OnDelete(DeleteBehavior.Cascade);
    }
}
