using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Orientation;

/// <summary>
/// One person's way from an entry (SDD, open right) to an accompaniment: the row the work queues,
/// portefeuilles and alerts read. Dates of each step and the deadlines computed from the rule set
/// in force at the entry are stored so a queue is one indexed query at national scale. The
/// territoire and commune are copied from the current dossier by <see cref="SynchronisationParcours"/>
/// for the same reason. <see cref="Version"/> makes two agents' concurrent actions collide clearly.
/// </summary>
public class Parcours : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }

    public int PersonneId { get; set; }
    public Personne? Personne { get; set; }
    public int? TerritoireId { get; set; }
    public string? CodeInsee { get; set; }

    /// <summary>
    /// Who the parcours is for: <see cref="PublicRsa"/> when the CAF flux opened it (the RSA's droits et
    /// devoirs), else the code of a public the département accompanies beyond the RSA (Features/Publics),
    /// opened by hand or by a partner. The CAF flux never closes nor moves a parcours of another public.
    /// </summary>
    public string Public { get; set; } = PublicRsa;

    public const string PublicRsa = "RSA";

    /// <summary>Clock start: the date of the flux that made the person an entrant (the date the département learns of it).</summary>
    public DateOnly DateEntree { get; set; }
    public required string CodeRegles { get; set; }
    public EtapeParcours Etape { get; set; }

    /// <summary>Validated orientation, or the proposed one while <see cref="EtapeParcours.OrientationProposee"/>.</summary>
    public TypeOrientation? TypeOrientation { get; set; }
    /// <summary>Structure of the open designation, or the structure proposed with the orientation.</summary>
    public int? StructureId { get; set; }
    /// <summary>The référent unique of the open designation (user id).</summary>
    public string? ReferentId { get; set; }

    public DateOnly? DateInvitation { get; set; }
    public int NombreInvitations { get; set; }
    public DateOnly? DateDiagnostic { get; set; }
    public DateOnly? DateOrientation { get; set; }
    public DateOnly? DatePremierRdvReferent { get; set; }
    /// <summary>The contract milestone, written only by Contrats.RedactionContrat.Jalonner (first contract in force, its signature date).</summary>
    public DateOnly? DateContrat { get; set; }
    public DateOnly? DernierContact { get; set; }

    public DateOnly EcheanceOrientation { get; set; }
    public DateOnly? EcheancePremierRdv { get; set; }
    public DateOnly? EcheanceContrat { get; set; }
    /// <summary>The earliest deadline still to meet, for sorting and alerts; null when none is pending.</summary>
    public DateOnly? EcheanceProchaine { get; set; }
    public TypeEcheance? TypeEcheanceProchaine { get; set; }

    public DateOnly? DateCloture { get; set; }
    public string? MotifCloture { get; set; }
    /// <summary>
    /// Closed by an exit a professional recorded (<see cref="ActionParcours.EnregistrerSortie"/>), not by the flux: the person
    /// may still hold an open right, so only a new entry after the exit (a later <see cref="Personne.DateEntree"/>) reopens it.
    /// </summary>
    public bool SortieEnregistree { get; set; }
    /// <summary>The entry date of the latest return that reopened this parcours (re-entry within the return window).</summary>
    public DateOnly? DateReprise { get; set; }

    /// <summary>
    /// Applies a transition of the state machine; the caller has checked <see cref="TransitionsParcours.EstPermise"/>
    /// (an illegal one throws, it is a programming error, not a user error).
    /// </summary>
    public void Appliquer(ActionParcours action) =>
        Etape = TransitionsParcours.Suivante(Etape, action) ?? throw new InvalidOperationException(TransitionsParcours.Refus(Etape, action));

    /// <summary>Deadlines from the rule set: entry → orientation; once oriented, orientation → first appointment and → contract.</summary>
    public void CalculerEcheances(JeuRegles regles)
    {
        EcheanceOrientation = regles.DelaiOrientation.Ajouter(DateEntree);
        EcheancePremierRdv = DateOrientation is { } o ? regles.DelaiPremierRdv.Ajouter(o) : null;
        EcheanceContrat = DateOrientation is { } o2 ? regles.DelaiContrat.Ajouter(o2) : null;
        (EcheanceProchaine, TypeEcheanceProchaine) = Etape == EtapeParcours.Clos ? (null, null) : EcheancesEnAttente().OrderBy(e => e.Date).Select(e => ((DateOnly?)e.Date, (TypeEcheance?)e.Type)).FirstOrDefault();
    }

    private IEnumerable<(DateOnly Date, TypeEcheance Type)> EcheancesEnAttente()
    {
        if (DateOrientation is null) yield return (EcheanceOrientation, TypeEcheance.Orientation);
        if (EcheancePremierRdv is { } r && DatePremierRdvReferent is null) yield return (r, TypeEcheance.PremierRdv);
        if (EcheanceContrat is { } c && DateContrat is null) yield return (c, TypeEcheance.Contrat);
    }
}

public enum TypeEcheance
{
    Orientation,
    PremierRdv,
    Contrat,
}

public static class TypeEcheanceLibelles
{
    public static string Libelle(this TypeEcheance type) => type switch
    {
        TypeEcheance.Orientation => "Orientation",
        TypeEcheance.PremierRdv => "Premier rendez-vous avec le référent",
        _ => "Contrat",
    };
}

internal sealed class ParcoursConfiguration : IEntityTypeConfiguration<Parcours>
{
    public void Configure(EntityTypeBuilder<Parcours> builder)
    {
        builder.ToTable("Parcours");
        builder.Property(p => p.CodeRegles).HasMaxLength(40);
        builder.Property(p => p.CodeInsee).HasMaxLength(5);
        // The default fills the rows of earlier versions; every insert sends its own value (set-based writes need it).
        builder.Property(p => p.Public).HasMaxLength(20).HasDefaultValue(Parcours.PublicRsa).ValueGeneratedNever();
        builder.Property(p => p.ReferentId).HasMaxLength(450);
        builder.Property(p => p.MotifCloture).HasMaxLength(200);
        builder.Property(p => p.Etape).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.TypeOrientation).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.TypeEcheanceProchaine).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(p => p.Personne).WithMany().HasForeignKey(p => p.PersonneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Territoires.Territoire>().WithMany().HasForeignKey(p => p.TerritoireId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Structures.Structure>().WithMany().HasForeignKey(p => p.StructureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Utilisateurs.Utilisateur>().WithMany().HasForeignKey(p => p.ReferentId).OnDelete(DeleteBehavior.Restrict);
        // One open parcours per person; closed ones stay as history.
        builder.HasIndex(p => p.PersonneId).IsUnique().HasFilter("\"DateCloture\" IS NULL");
        // A person's page reads all their parcours, closed ones included: the partial index above cannot serve it
        // (measured on SQLite, 100,000 persons: 300 ms scan → 0.1 ms).
        builder.HasIndex(p => new { p.DepartementId, p.PersonneId });
        // The queues: a step within the département, sorted by deadline. Open rows only (queues always ask
        // for them), so counting a queue reads the index alone (SQLite, 100,000 persons: 58 ms → 1 ms).
        builder.HasIndex(p => new { p.DepartementId, p.Etape, p.EcheanceProchaine }).HasFilter("\"DateCloture\" IS NULL");
        // Open rows only, so the home page's deadline counts read the index alone (SQLite, 100,000 persons: 210 ms → 19 ms).
        builder.HasIndex(p => new { p.DepartementId, p.EcheanceProchaine }).HasFilter("\"DateCloture\" IS NULL");
        // The late queues, one per deadline: partial indexes hold only the open rows still waiting
        // for that step, so counting and paging the late ones reads those rows alone.
        builder.HasIndex(p => new { p.DepartementId, p.EcheanceOrientation }, "IX_Parcours_RetardOrientation")
            .HasFilter("\"DateOrientation\" IS NULL AND \"DateCloture\" IS NULL");
        // The first-appointment queue asks for oriented persons: without that condition the index also held the
        // persons not yet oriented and each row was checked in the table (SQLite, 100,000 persons: 145 ms → 2 ms).
        builder.HasIndex(p => new { p.DepartementId, p.EcheancePremierRdv }, "IX_Parcours_RetardPremierRdv")
            .HasFilter("\"DatePremierRdvReferent\" IS NULL AND \"DateCloture\" IS NULL AND \"DateOrientation\" IS NOT NULL");
        builder.HasIndex(p => new { p.DepartementId, p.EcheanceContrat }, "IX_Parcours_RetardContrat")
            .HasFilter("\"DateContrat\" IS NULL AND \"DateCloture\" IS NULL");
        // Rows with a référent only: with statistics, SQLite otherwise took it for "ReferentId IS NULL" (the structure
        // head's unassigned people) and read every open row without a référent (103 ms → 25 ms on 100,000 persons).
        builder.HasIndex(p => new { p.DepartementId, p.ReferentId, p.EcheanceProchaine }).HasFilter("\"ReferentId\" IS NOT NULL");
        // The EP queue « maintien en orientation sociale » (Features/EquipesPluridisciplinaires/Detection), read in orientation
        // order (SQLite, 100,000 persons: 258 ms → 82 ms). The same index for « sans contrat » slowed its territoire filter: not kept.
        builder.HasIndex(p => new { p.DepartementId, p.TypeOrientation, p.DateOrientation }, "IX_Parcours_OrientationEnCours")
            .HasFilter("\"DateCloture\" IS NULL AND \"DateOrientation\" IS NOT NULL");
        builder.HasIndex(p => new { p.DepartementId, p.StructureId, p.Etape });
        // The queue filters: a territoire or a commune, then the step, then the next deadline (the default order).
        // DateCloture in the territoire index (other readers use it for closed parcours too), open rows only in the
        // commune index: a filtered queue is counted in the index alone and its first page read in order
        // (SQLite, 100,000 persons, « à inviter » in Angers: count 13 ms → 0.3 ms of CPU).
        builder.HasIndex(p => new { p.DepartementId, p.TerritoireId, p.Etape, p.DateCloture, p.EcheanceProchaine });
        builder.HasIndex(p => new { p.DepartementId, p.CodeInsee, p.Etape, p.EcheanceProchaine }).HasFilter("\"DateCloture\" IS NULL");
        // Indicators (docs/decisions/0008): each delay figure reads its period's rows from the index alone, and the
        // stock's daily movements find the parcours with a date on a given day through these four. The pilotage catalogue
        // (RSA public only) reads the oriented, the accompanied at a date and the contracts signed from the first alone too.
        builder.HasIndex(p => new { p.DepartementId, p.DateOrientation, p.TerritoireId, p.DateEntree, p.EcheanceOrientation, p.Public, p.DateCloture, p.TypeOrientation, p.DateContrat },
            "IX_Parcours_Orientation").HasFilter("\"DateOrientation\" IS NOT NULL");
        builder.HasIndex(p => new { p.DepartementId, p.DatePremierRdvReferent, p.TerritoireId, p.DateOrientation, p.EcheancePremierRdv, p.Public }, "IX_Parcours_PremierRdv")
            .HasFilter("\"DatePremierRdvReferent\" IS NOT NULL");
        builder.HasIndex(p => new { p.DepartementId, p.DateEntree }, "IX_Parcours_Entree");
        builder.HasIndex(p => new { p.DepartementId, p.DateCloture }, "IX_Parcours_Cloture").HasFilter("\"DateCloture\" IS NOT NULL");
    }
}
