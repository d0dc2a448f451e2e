using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Comites;

[JsonConverter(typeof(JsonStringEnumConverter<TypeComite>))]
public enum TypeComite { Pilotage, Technique, Local, Autre }

/// <summary>How often the instance is expected to sit (primer §7): at least once in each calendar year, semester, quarter or month.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FrequenceComite>))]
public enum FrequenceComite { Annuelle, Semestrielle, Trimestrielle, Mensuelle, AuBesoin }

[JsonConverter(typeof(JsonStringEnumConverter<TypeInstitution>))]
public enum TypeInstitution { Departement, Etat, Caf, Msa, FranceTravail, Collectivite, Association, Autre }

/// <summary>
/// A governance instance of the insertion policy (primer §7): comité de pilotage, comité technique, comité local of one
/// territoire, or another (CDIAE, conférence des financeurs…), with the programme and fiches-actions it steers, how often it
/// should sit and the institutions that sit in it. Institutions, never persons: nothing here is personal data.
/// </summary>
public class Comite : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public required string Nom { get; set; }
    public TypeComite Type { get; set; }
    /// <summary>Required for a comité local, absent otherwise.</summary>
    public int? TerritoireId { get; set; }
    public int? ProgrammeId { get; set; }
    public FrequenceComite Frequence { get; set; }
    public bool Actif { get; set; } = true;
    public DateTime ModifieLe { get; set; }
    public List<MembreComite> Membres { get; set; } = [];
    public List<FicheComite> Fiches { get; set; } = [];
}

/// <summary>An institution sitting in the instance; withdrawn members stay for the attendance they already have.</summary>
public class MembreComite : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int ComiteId { get; set; }
    public required string Nom { get; set; }
    public TypeInstitution Type { get; set; }
    public bool Actif { get; set; } = true;
}

/// <summary>A fiche-action the instance follows.</summary>
public class FicheComite : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int ComiteId { get; set; }
    public int FicheActionId { get; set; }
}

internal sealed class ComiteConfiguration : IEntityTypeConfiguration<Comite>
{
    public void Configure(EntityTypeBuilder<Comite> builder)
    {
        builder.ToTable("Comites");
        builder.Property(c => c.Nom).HasMaxLength(200);
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Frequence).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => new { c.DepartementId, c.Nom }).IsUnique();
        builder.HasOne<Territoires.Territoire>().WithMany().HasForeignKey(c => c.TerritoireId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Programmes.Programme>().WithMany().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Membres).WithOne().HasForeignKey(m => m.ComiteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Fiches).WithOne().HasForeignKey(f => f.ComiteId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MembreComiteConfiguration : IEntityTypeConfiguration<MembreComite>
{
    public void Configure(EntityTypeBuilder<MembreComite> builder)
    {
        builder.ToTable("MembresComite");
        builder.Property(m => m.Nom).HasMaxLength(200);
        builder.Property(m => m.Type).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(m => new { m.ComiteId, m.Nom }).IsUnique();
    }
}

internal sealed class FicheComiteConfiguration : IEntityTypeConfiguration<FicheComite>
{
    public void Configure(EntityTypeBuilder<FicheComite> builder)
    {
        builder.ToTable("FichesComite");
        builder.HasIndex(f => new { f.ComiteId, f.FicheActionId }).IsUnique();
        builder.HasIndex(f => f.FicheActionId);
        builder.HasOne<Programmes.FicheAction>().WithMany().HasForeignKey(f => f.FicheActionId).OnDelete(DeleteBehavior.Restrict);
    }
}
