using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Dossiers;

/// <summary>A person's place in a dossier's foyer: role (DEM, CJT, ENF, AUT, RDO) and SDD flag.</summary>
public class MembreFoyer : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int DossierId { get; set; }
    public DossierRsa? Dossier { get; set; }
    public int PersonneId { get; set; }
    public Personne? Personne { get; set; }
    public required string Role { get; set; }
    public bool SoumisDroitsDevoirs { get; set; }
    /// <summary>False once a later flux of the dossier no longer lists the person (moved out, merged…).</summary>
    public bool Present { get; set; } = true;
}

internal sealed class MembreFoyerConfiguration : IEntityTypeConfiguration<MembreFoyer>
{
    public void Configure(EntityTypeBuilder<MembreFoyer> builder)
    {
        builder.ToTable("MembresFoyer");
        builder.Property(m => m.Role).HasMaxLength(3);
        builder.HasIndex(m => new { m.DossierId, m.PersonneId }).IsUnique();
        builder.HasIndex(m => m.PersonneId);
        // A département's foyers read whole (DREES tables): without it, each reads the national table (issue 17's bench).
        builder.HasIndex(m => new { m.DepartementId, m.DossierId });
        builder.HasOne(m => m.Personne).WithMany().HasForeignKey(m => m.PersonneId).OnDelete(DeleteBehavior.Cascade);
    }
}
