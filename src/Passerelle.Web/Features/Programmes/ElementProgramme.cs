using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Programmes;

/// <summary>The levels of a programme's tree; each programme uses those its document has (docs/format-programme.md).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NiveauElement>))]
public enum NiveauElement { Axe, ObjectifStrategique, ObjectifOperationnel, Fiche, SousAction }

/// <summary>
/// One node of a programme's tree — axe, objective, fiche-action or sous-action — with the code the document
/// gives it (Sarthe's « I3a1 »), unique in the programme. Fiches and sous-actions carry a <see cref="FicheAction"/>.
/// </summary>
public class ElementProgramme : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int ProgrammeId { get; set; }
    public int? ParentId { get; set; }
    public ElementProgramme? Parent { get; set; }
    public NiveauElement Niveau { get; set; }
    public required string Code { get; set; }
    public required string Titre { get; set; }
    public string? Description { get; set; }
    /// <summary>The position in the document, over the whole programme: the tree reads in the document's order.</summary>
    public int Ordre { get; set; }
    public FicheAction? Fiche { get; set; }
}

public static class NiveauxElement
{
    public static bool PorteUneFiche(this NiveauElement niveau) => niveau is NiveauElement.Fiche or NiveauElement.SousAction;

    public static string Libelle(this NiveauElement niveau) => niveau switch
    {
        NiveauElement.Axe => "Axe",
        NiveauElement.ObjectifStrategique => "Objectif stratégique",
        NiveauElement.ObjectifOperationnel => "Objectif opérationnel",
        NiveauElement.Fiche => "Fiche-action",
        _ => "Sous-action",
    };
}

internal sealed class ElementProgrammeConfiguration : IEntityTypeConfiguration<ElementProgramme>
{
    public void Configure(EntityTypeBuilder<ElementProgramme> builder)
    {
        builder.ToTable("ElementsProgramme");
        builder.Property(e => e.Niveau).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Code).HasMaxLength(30);
        builder.Property(e => e.Titre).HasMaxLength(1000);
        builder.HasIndex(e => new { e.ProgrammeId, e.Code }).IsUnique();
        builder.HasOne(e => e.Parent).WithMany().HasForeignKey(e => e.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
