using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Offre;

/// <summary>Where an action stands in the département's moderation (<see cref="TransitionsAction"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StatutAction>))]
public enum StatutAction { Brouillon, AModerer, Publiee, Refusee, Retiree }

/// <summary>
/// An action of the insertion offer (primer §4): a concrete service run by an operator structure under a
/// fiche-action of a programme, described in the data·inclusion v1 vocabulary (type, thématiques, publics, modes),
/// with where it takes place, who may enter it, its rhythm, its sessions and the places the funders pay for.
/// Référents find it in the catalogue once the département has published it.
/// </summary>
public class ActionInsertion : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    /// <summary>The fiche-action or sous-action (an <see cref="Programmes.ElementProgramme"/> with a fiche) the action implements.</summary>
    public int FicheActionId { get; set; }
    /// <summary>The operator structure that runs it.</summary>
    public int StructureId { get; set; }
    public required string Nom { get; set; }
    public required string Description { get; set; }
    public required string Type { get; set; }
    public List<string> Thematiques { get; set; } = [];
    public List<string> Publics { get; set; } = [];
    public string? ConditionsAcces { get; set; }
    public decimal? HeuresHebdomadaires { get; set; }
    public int? NombreSemaines { get; set; }
    public string? Adresse { get; set; }
    /// <summary>The INSEE code of the commune where it takes place.</summary>
    public required string CodeInsee { get; set; }
    /// <summary>The territoires whose residents may enter it; empty: the whole département.</summary>
    public List<int> Territoires { get; set; } = [];
    public List<string> ModesAccueil { get; set; } = [];
    public string Frais { get; set; } = "gratuit";
    public List<string> ModesMobilisation { get; set; } = [];
    /// <summary>How a référent prescribes it, in the operator's words.</summary>
    public string? MobilisationPrecisions { get; set; }
    public string? ContactNom { get; set; }
    public string? Courriel { get; set; }
    public string? Telephone { get; set; }
    public StatutAction Statut { get; set; }
    /// <summary>The first publication: afterwards the operator's changes are published without a new moderation.</summary>
    public DateTime? PublieeLe { get; set; }
    public string? MotifRefus { get; set; }
    public DateTime ModifieeLe { get; set; }
    public required string ModifieePar { get; set; }
    /// <summary>For an action imported from a data·inclusion file: the file's source and the service's id there, so that a new import updates it.</summary>
    public string? SourceExterne { get; set; }
    public string? IdExterne { get; set; }
    public List<SessionAction> Sessions { get; set; } = [];
    public List<PlacesFinancees> Places { get; set; } = [];
}

/// <summary>A session of the action: the dates a group starts and ends.</summary>
public class SessionAction : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int ActionInsertionId { get; set; }
    public DateOnly Debut { get; set; }
    public DateOnly? Fin { get; set; }
}

/// <summary>The places funded over a period (a year, a convention): the denominator of the occupancy rate.</summary>
public class PlacesFinancees : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int ActionInsertionId { get; set; }
    public DateOnly Debut { get; set; }
    public DateOnly Fin { get; set; }
    public int Places { get; set; }
}

internal sealed class ActionInsertionConfiguration : IEntityTypeConfiguration<ActionInsertion>
{
    public void Configure(EntityTypeBuilder<ActionInsertion> builder)
    {
        builder.ToTable("ActionsInsertion");
        builder.Property(a => a.Nom).HasMaxLength(300);
        builder.Property(a => a.Description).HasMaxLength(4000);
        builder.Property(a => a.Type).HasMaxLength(40);
        builder.Property(a => a.ConditionsAcces).HasMaxLength(2000);
        builder.Property(a => a.HeuresHebdomadaires).HasPrecision(5, 1);
        builder.Property(a => a.Adresse).HasMaxLength(300);
        builder.Property(a => a.CodeInsee).HasMaxLength(5);
        builder.Property(a => a.Frais).HasMaxLength(20);
        builder.Property(a => a.MobilisationPrecisions).HasMaxLength(2000);
        builder.Property(a => a.ContactNom).HasMaxLength(200);
        builder.Property(a => a.Courriel).HasMaxLength(254);
        builder.Property(a => a.Telephone).HasMaxLength(20);
        builder.Property(a => a.Statut).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.MotifRefus).HasMaxLength(1000);
        builder.Property(a => a.ModifieePar).HasMaxLength(200);
        builder.HasIndex(a => new { a.DepartementId, a.Statut });
        builder.HasIndex(a => a.StructureId);
        builder.HasIndex(a => a.FicheActionId);
        builder.Property(a => a.SourceExterne).HasMaxLength(100);
        builder.Property(a => a.IdExterne).HasMaxLength(100);
        builder.HasIndex(a => new { a.DepartementId, a.SourceExterne, a.IdExterne }).IsUnique();
        builder.HasOne<Structures.Structure>().WithMany().HasForeignKey(a => a.StructureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Programmes.FicheAction>().WithMany().HasForeignKey(a => a.FicheActionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Sessions).WithOne().HasForeignKey(s => s.ActionInsertionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Places).WithOne().HasForeignKey(p => p.ActionInsertionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SessionActionConfiguration : IEntityTypeConfiguration<SessionAction>
{
    public void Configure(EntityTypeBuilder<SessionAction> builder)
    {
        builder.ToTable("SessionsAction");
        builder.HasIndex(s => new { s.ActionInsertionId, s.Debut });
    }
}

internal sealed class PlacesFinanceesConfiguration : IEntityTypeConfiguration<PlacesFinancees>
{
    public void Configure(EntityTypeBuilder<PlacesFinancees> builder)
    {
        builder.ToTable("PlacesFinancees");
        builder.HasIndex(p => new { p.ActionInsertionId, p.Debut });
    }
}
