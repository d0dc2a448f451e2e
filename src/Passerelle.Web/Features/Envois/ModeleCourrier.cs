using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Envois;

/// <summary>
/// A département's own wording of one template (invitation, convocation…). Absent until the
/// département edits it: the shipped default (<see cref="ModelesParDefaut"/>) is used meanwhile.
/// </summary>
public class ModeleCourrier : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public required string Code { get; set; }
    public required string Libelle { get; set; }
    public required string Objet { get; set; }
    public required string Corps { get; set; }
    public string? SmsTexte { get; set; }
}

internal sealed class ModeleCourrierConfiguration : IEntityTypeConfiguration<ModeleCourrier>
{
    public void Configure(EntityTypeBuilder<ModeleCourrier> builder)
    {
        builder.ToTable("ModelesCourrier");
        builder.Property(m => m.Code).HasMaxLength(40);
        builder.Property(m => m.Libelle).HasMaxLength(120);
        builder.Property(m => m.Objet).HasMaxLength(200);
        builder.Property(m => m.Corps).HasMaxLength(ModeleSaisi.CorpsMax);
        builder.Property(m => m.SmsTexte).HasMaxLength(ModeleSaisi.SmsMax);
        builder.HasIndex(m => new { m.DepartementId, m.Code }).IsUnique();
        builder.HasOne<Departements.Departement>().WithMany().HasForeignKey(m => m.DepartementId).OnDelete(DeleteBehavior.Restrict);
    }
}
