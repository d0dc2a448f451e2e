using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Imports.Tableur;

public enum SeparateurTableur { Automatique, PointVirgule, Virgule, Tabulation }

public enum EncodageTableur { Automatique, Utf8, Windows1252 }

/// <summary>
/// How one département's spreadsheet extract is laid out: saved once, reused for each monthly file.
/// <see cref="Colonnes"/> maps each target field to the header of the column that holds it.
/// </summary>
public class ConfigurationTableur : ITenantOwned, IActivable
{
    public const int LongueurNom = 120;
    public const int LongueurEntete = 200;

    public int Id { get; set; }
    public int DepartementId { get; set; }
    public required string Nom { get; set; }
    public SeparateurTableur Separateur { get; set; }
    public EncodageTableur Encodage { get; set; }
    public int LigneEntete { get; set; } = 1;

    /// <summary>Accepted date formats, in trial order, separated by « ; » (for example « dd/MM/yyyy;yyyy-MM-dd »).</summary>
    public string FormatsDate { get; set; } = FormatsDateParDefaut;

    public Dictionary<ChampTableur, string> Colonnes { get; set; } = [];
    public bool Actif { get; set; } = true;
    public int Version { get; set; }

    public const string FormatsDateParDefaut = "dd/MM/yyyy;yyyy-MM-dd";

    public IReadOnlyList<string> ListeFormatsDate() =>
        FormatsDate.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

internal sealed class ConfigurationTableurConfiguration : IEntityTypeConfiguration<ConfigurationTableur>
{
    public void Configure(EntityTypeBuilder<ConfigurationTableur> builder)
    {
        builder.ToTable("ConfigurationsTableur");
        builder.Property(c => c.Nom).HasMaxLength(ConfigurationTableur.LongueurNom);
        builder.Property(c => c.FormatsDate).HasMaxLength(200);
        builder.Property(c => c.Separateur).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Encodage).HasConversion<string>().HasMaxLength(20);
        // One JSON column: the mapping is always read and written whole, never queried field by field.
        builder.Property(c => c.Colonnes)
            .HasConversion(v => Serialiser(v), v => Deserialiser(v), new ValueComparer<Dictionary<ChampTableur, string>>(
                (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                v => v.Aggregate(0, (h, p) => HashCode.Combine(h, p.Key, p.Value)),
                v => new Dictionary<ChampTableur, string>(v)))
            .HasColumnName("ColonnesJson");
        builder.HasIndex(c => new { c.DepartementId, c.Nom }).IsUnique();
        builder.HasOne<Departements.Departement>().WithMany().HasForeignKey(c => c.DepartementId).OnDelete(DeleteBehavior.Restrict);
    }

    private static string Serialiser(Dictionary<ChampTableur, string> colonnes) => JsonSerializer.Serialize(colonnes);

    private static Dictionary<ChampTableur, string> Deserialiser(string json) =>
        JsonSerializer.Deserialize<Dictionary<ChampTableur, string>>(json) ?? [];
}
