using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Programmes;

/// <summary>
/// What a fiche-action (or sous-action) says (primer §4): context, objectives, public, content, pilot and partners,
/// calendar, means, deliverables, its indicators and its funding. It shares its key with its
/// <see cref="ElementProgramme"/>. Every change, by a pilot or by a new import of the programme file, leaves a
/// <see cref="VersionFiche"/> with who, when and which fields.
/// </summary>
public class FicheAction : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public required string Pilote { get; set; }
    public List<string> Copilotes { get; set; } = [];
    public List<string> Partenaires { get; set; } = [];
    public List<string> Operateurs { get; set; } = [];
    public List<string> Territoires { get; set; } = [];
    public string? Contexte { get; set; }
    public List<string> Objectifs { get; set; } = [];
    public string? Public { get; set; }
    public string? Contenu { get; set; }
    public string? Calendrier { get; set; }
    public string? Moyens { get; set; }
    public List<string> Livrables { get; set; } = [];
    /// <summary>What the document did not say and was assumed when it was read.</summary>
    public string? Note { get; set; }
    public DateTime ModifieLe { get; set; }
    public required string ModifiePar { get; set; }
    public List<IndicateurFiche> Indicateurs { get; set; } = [];
}

internal sealed class FicheActionConfiguration : IEntityTypeConfiguration<FicheAction>
{
    public void Configure(EntityTypeBuilder<FicheAction> builder)
    {
        builder.ToTable("FichesActions");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Pilote).HasMaxLength(500);
        builder.Property(f => f.ModifiePar).HasMaxLength(200);
        builder.HasOne<ElementProgramme>().WithOne(e => e.Fiche).HasForeignKey<FicheAction>(f => f.Id).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Indicateurs).WithOne().HasForeignKey(i => i.FicheActionId).OnDelete(DeleteBehavior.Cascade);
    }
}
