using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Employeurs;

/// <summary>The INSEE size bands (tranches d'effectif salarié), grouped as the département's employer relations count them.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TrancheEffectif>))]
public enum TrancheEffectif { NonRenseigne, Aucun, UnANeuf, DixAQuaranteNeuf, CinquanteADeuxCentQuaranteNeuf, DeuxCentCinquanteEtPlus }

[JsonConverter(typeof(JsonStringEnumConverter<SecteurEmployeur>))]
public enum SecteurEmployeur { Entreprise, EmployeurPublic, Association }

[JsonConverter(typeof(JsonStringEnumConverter<TypeEchange>))]
public enum TypeEchange { Visite, Appel, Courriel, Reunion, Evenement }

/// <summary>
/// A company or public employer the département works with on the way to work (primer §7): identified by its SIRET
/// (unique in the département), placed by its commune (hence its territoire, which scopes territory staff), followed by a
/// chargé de relation entreprise, with its commitments (charter, CSR club, mentoring) dated from when they hold.
/// </summary>
public class Employeur : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public required string Siret { get; set; }
    public required string RaisonSociale { get; set; }
    public string? CodeNaf { get; set; }
    public TrancheEffectif Effectif { get; set; }
    public SecteurEmployeur Secteur { get; set; }
    public required string CodeInsee { get; set; }
    public int? TerritoireId { get; set; }
    public string? Adresse { get; set; }
    public string? ChargeRelationId { get; set; }
    public DateOnly? CharteSigneeLe { get; set; }
    public DateOnly? ClubRseDepuis { get; set; }
    public DateOnly? ParrainageDepuis { get; set; }
    public DateTime CreeLe { get; set; }
    public required string CreePar { get; set; }
    public DateTime ModifieLe { get; set; }
    public List<ContactEmployeur> Contacts { get; set; } = [];
    public List<EchangeEmployeur> Echanges { get; set; } = [];
}

public class ContactEmployeur : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int EmployeurId { get; set; }
    public required string Nom { get; set; }
    public string? Fonction { get; set; }
    public string? Telephone { get; set; }
    public string? Courriel { get; set; }
}

/// <summary>One contact with the employer (visit, call…), the history the chargé keeps instead of a spreadsheet.</summary>
public class EchangeEmployeur : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int EmployeurId { get; set; }
    public DateOnly Date { get; set; }
    public TypeEchange Type { get; set; }
    public required string Objet { get; set; }
    public required string Par { get; set; }
    public DateTime SaisiLe { get; set; }
}

public static class LibellesEmployeur
{
    public static string Libelle(this TrancheEffectif t) => t switch
    {
        TrancheEffectif.Aucun => "Aucun salarié",
        TrancheEffectif.UnANeuf => "1 à 9 salariés",
        TrancheEffectif.DixAQuaranteNeuf => "10 à 49 salariés",
        TrancheEffectif.CinquanteADeuxCentQuaranteNeuf => "50 à 249 salariés",
        TrancheEffectif.DeuxCentCinquanteEtPlus => "250 salariés et plus",
        _ => "Non renseigné",
    };

    public static string Libelle(this SecteurEmployeur s) => s switch
    {
        SecteurEmployeur.EmployeurPublic => "Employeur public",
        SecteurEmployeur.Association => "Association",
        _ => "Entreprise",
    };

    public static string Libelle(this TypeEchange t) => t switch
    {
        TypeEchange.Appel => "Appel",
        TypeEchange.Courriel => "Courriel",
        TypeEchange.Reunion => "Réunion",
        TypeEchange.Evenement => "Événement (forum, job dating…)",
        _ => "Visite",
    };
}

internal sealed class EmployeurConfiguration : IEntityTypeConfiguration<Employeur>
{
    public void Configure(EntityTypeBuilder<Employeur> builder)
    {
        builder.ToTable("Employeurs");
        builder.Property(e => e.Siret).HasMaxLength(14);
        builder.Property(e => e.RaisonSociale).HasMaxLength(200);
        builder.Property(e => e.CodeNaf).HasMaxLength(6);
        builder.Property(e => e.Effectif).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Secteur).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.CodeInsee).HasMaxLength(5);
        builder.Property(e => e.Adresse).HasMaxLength(300);
        builder.Property(e => e.ChargeRelationId).HasMaxLength(450);
        builder.Property(e => e.CreePar).HasMaxLength(200);
        // A SIRET is one establishment: the département records it once (a second entry is refused with the first's name).
        builder.HasIndex(e => new { e.DepartementId, e.Siret }).IsUnique();
        builder.HasIndex(e => new { e.DepartementId, e.TerritoireId, e.RaisonSociale });
        builder.HasOne<Territoires.Territoire>().WithMany().HasForeignKey(e => e.TerritoireId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Utilisateurs.Utilisateur>().WithMany().HasForeignKey(e => e.ChargeRelationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(e => e.Contacts).WithOne().HasForeignKey(c => c.EmployeurId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Echanges).WithOne().HasForeignKey(c => c.EmployeurId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContactEmployeurConfiguration : IEntityTypeConfiguration<ContactEmployeur>
{
    public void Configure(EntityTypeBuilder<ContactEmployeur> builder)
    {
        builder.ToTable("ContactsEmployeur");
        builder.Property(c => c.Nom).HasMaxLength(200);
        builder.Property(c => c.Fonction).HasMaxLength(200);
        builder.Property(c => c.Telephone).HasMaxLength(30);
        builder.Property(c => c.Courriel).HasMaxLength(254);
    }
}

internal sealed class EchangeEmployeurConfiguration : IEntityTypeConfiguration<EchangeEmployeur>
{
    public void Configure(EntityTypeBuilder<EchangeEmployeur> builder)
    {
        builder.ToTable("EchangesEmployeur");
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Objet).HasMaxLength(2000);
        builder.Property(c => c.Par).HasMaxLength(200);
        builder.HasIndex(c => new { c.EmployeurId, c.Date });
    }
}
