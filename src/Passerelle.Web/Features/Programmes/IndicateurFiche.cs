using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Programmes;

[JsonConverter(typeof(JsonStringEnumConverter<UniteIndicateur>))]
public enum UniteIndicateur { Nombre, Pourcentage, Heures, Euros, Jours, Mois, Texte }

/// <summary>Where an indicator's values come from (primer §4): computed by Passerelle, entered by the pilot, or a partner's file.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SourceIndicateur>))]
public enum SourceIndicateur { Saisi, Calcule, Importe }

/// <summary>A yearly target, or a value the document reports for a past year.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NatureValeur>))]
public enum NatureValeur { Cible, Constatee }

/// <summary>
/// How an indicator's values are obtained in Passerelle (docs/decisions/0025): computed by a code of the catalogue, entered
/// by the pilot, a partner's file, or missing (with the reason). « NonEtablie » until a mapping is proposed or chosen.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<CorrespondanceIndicateur>))]
public enum CorrespondanceIndicateur { NonEtablie, Calcule, Saisi, Importe, Manquant }

/// <summary>
/// An indicator a fiche-action names, with its label exactly as the document writes it, its unit, its definition
/// when given and its yearly targets. Its identity is stable across imports (matched on the label) so that the
/// values entered against it later stay attached.
/// </summary>
public class IndicateurFiche : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int FicheActionId { get; set; }
    public int Ordre { get; set; }
    public required string Libelle { get; set; }
    public UniteIndicateur Unite { get; set; }
    public string? Definition { get; set; }
    public SourceIndicateur Source { get; set; }
    public CorrespondanceIndicateur Correspondance { get; set; }
    /// <summary>The catalogue code computing it, when <see cref="Correspondance"/> is « Calcule ».</summary>
    public string? CodeCatalogue { get; set; }
    /// <summary>Why it is missing or imported, or what the computation departs from in the label.</summary>
    public string? MotifCorrespondance { get; set; }
    public List<ValeurIndicateur> Valeurs { get; set; } = [];
}

public class ValeurIndicateur : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int IndicateurFicheId { get; set; }
    public int Annee { get; set; }
    public NatureValeur Nature { get; set; }
    public decimal Valeur { get; set; }
}

public static class LibellesIndicateur
{
    public static string Libelle(this UniteIndicateur unite) => unite switch
    {
        UniteIndicateur.Nombre => "nombre",
        UniteIndicateur.Pourcentage => "%",
        UniteIndicateur.Heures => "heures",
        UniteIndicateur.Euros => "€",
        UniteIndicateur.Jours => "jours",
        UniteIndicateur.Mois => "mois",
        _ => "qualitatif",
    };

    public static string Libelle(this SourceIndicateur source) => source switch
    {
        SourceIndicateur.Calcule => "calculé par Passerelle",
        SourceIndicateur.Importe => "fichier d'un partenaire",
        _ => "saisi par le pilote",
    };
}

internal sealed class IndicateurFicheConfiguration : IEntityTypeConfiguration<IndicateurFiche>
{
    public void Configure(EntityTypeBuilder<IndicateurFiche> builder)
    {
        builder.ToTable("IndicateursFiche");
        builder.Property(i => i.Libelle).HasMaxLength(1000);
        builder.Property(i => i.Unite).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Source).HasConversion<string>().HasMaxLength(20);
        // Rows imported before the catalogue read as « not yet mapped », never as an empty text.
        builder.Property(i => i.Correspondance).HasConversion<string>().HasMaxLength(20).HasDefaultValue(CorrespondanceIndicateur.NonEtablie).HasSentinel((CorrespondanceIndicateur)(-1));
        builder.Property(i => i.CodeCatalogue).HasMaxLength(60);
        builder.Property(i => i.MotifCorrespondance).HasMaxLength(1000);
        builder.HasIndex(i => i.FicheActionId);
        builder.HasMany(i => i.Valeurs).WithOne().HasForeignKey(v => v.IndicateurFicheId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ValeurIndicateurConfiguration : IEntityTypeConfiguration<ValeurIndicateur>
{
    public void Configure(EntityTypeBuilder<ValeurIndicateur> builder)
    {
        builder.ToTable("ValeursIndicateur");
        builder.Property(v => v.Nature).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Valeur).HasPrecision(18, 2);
        builder.HasIndex(v => new { v.IndicateurFicheId, v.Nature, v.Annee }).IsUnique();
    }
}
