using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Programmes;

/// <summary>Who funds (primer §6).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Financeur>))]
public enum Financeur { Departement, Fse, Etat, Region, FranceTravail, Caf, Communes, Autre }

/// <summary>
/// A funding line of a programme or of one of its fiches: funder, year, amount as the document or the pilot
/// enters it (« Part État dédiée en 2019 : 111 663,80 € »). Committed and paid amounts come with the funding work.
/// </summary>
public class LigneFinancement : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int ProgrammeId { get; set; }
    public Programme? Programme { get; set; }
    /// <summary>The fiche-action funded; null for a line of the whole programme.</summary>
    public int? ElementId { get; set; }
    public ElementProgramme? Element { get; set; }
    public int Ordre { get; set; }
    public Financeur Financeur { get; set; }
    public string? Libelle { get; set; }
    public int? Annee { get; set; }
    public decimal Montant { get; set; }
}

public static class LibellesFinanceur
{
    public static string Libelle(this Financeur financeur) => financeur switch
    {
        Financeur.Departement => "Département",
        Financeur.Fse => "FSE+",
        Financeur.Etat => "État",
        Financeur.Region => "Région",
        Financeur.FranceTravail => "France Travail",
        Financeur.Caf => "CAF",
        Financeur.Communes => "Communes",
        _ => "Autre financeur",
    };
}

internal sealed class LigneFinancementConfiguration : IEntityTypeConfiguration<LigneFinancement>
{
    public void Configure(EntityTypeBuilder<LigneFinancement> builder)
    {
        builder.ToTable("LignesFinancement");
        builder.Property(l => l.Financeur).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Libelle).HasMaxLength(500);
        builder.Property(l => l.Montant).HasPrecision(18, 2);
        builder.HasIndex(l => new { l.ProgrammeId, l.ElementId });
        builder.HasOne(l => l.Programme).WithMany().HasForeignKey(l => l.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Element).WithMany().HasForeignKey(l => l.ElementId).OnDelete(DeleteBehavior.Cascade);
    }
}
