using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;

namespace Passerelle.Web.Features.Indicateurs.Mouvements;

/// <summary>
/// Writes, within every SaveChanges that adds, changes or deletes a parcours or a référent
/// designation, the <see cref="DemandeRecalcul"/> of the movements it changes: for a parcours
/// changed, its days between the old and new values of each date that decides the stock (entry,
/// closure, orientation, designation start and end; no value counts as « never »), all of them when
/// it moves to another territoire or is deleted; for a new parcours, its own dates. Being part of
/// the same save, a request exists exactly when the write does, whichever feature made it. Rows the
/// bulk writer inserts (new parcours of an import) get the same requests, written in its transaction.
/// </summary>
public sealed class ReperageMouvements : SaveChangesInterceptor, IObservateurEcritureEnsembliste
{
    public IEnumerable<object> Inserees(AppDbContext contexte, IReadOnlyList<object> lignes)
    {
        var demandes = new HashSet<(int Departement, int? ParcoursId, DateOnly? Du, DateOnly? Au)>();
        foreach (var p in lignes.OfType<Parcours>()) Nouveau(p, demandes);
        foreach (var d in lignes.OfType<DesignationReferent>()) Nouvelle(d, demandes);
        return Demandes(demandes);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Reperer(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Reperer(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Reperer(DbContext? contexte)
    {
        if (contexte is null) return;
        var demandes = new HashSet<(int Departement, int? ParcoursId, DateOnly? Du, DateOnly? Au)>();
        foreach (var e in Modifiees<Parcours>(contexte))
        {
            var (p, departement) = (e.Entity, e.Entity.DepartementId);
            if (e.State == EntityState.Added) Nouveau(p, demandes);
            else if (e.State == EntityState.Deleted || Change(e.Property(x => x.TerritoireId))) demandes.Add((departement, p.Id, null, null));
            else
                foreach (var (du, au) in new[] { Entre(e.Property(x => x.DateEntree)), Entre(e.Property(x => x.DateCloture)), Entre(e.Property(x => x.DateOrientation)) }.OfType<(DateOnly?, DateOnly?)>())
                    demandes.Add((departement, p.Id, du, au));
        }
        foreach (var e in Modifiees<DesignationReferent>(contexte))
        {
            var (d, departement) = (e.Entity, e.Entity.DepartementId);
            var change = e.State != EntityState.Modified
                || Change(e.Property(x => x.ParcoursId)) || Change(e.Property(x => x.DateDebut)) || Change(e.Property(x => x.DateFin));
            if (!change) continue;
            // The old period on the old parcours, the new one on the new parcours: the days in either may have changed.
            if (e.State != EntityState.Added)
                demandes.Add((departement, e.Property(x => x.ParcoursId).OriginalValue, e.Property(x => x.DateDebut).OriginalValue, e.Property(x => x.DateFin).OriginalValue));
            if (e.State != EntityState.Deleted) Nouvelle(d, demandes);
        }
        foreach (var demande in Demandes(demandes)) contexte.Add(demande);
    }

    /// <summary>A new parcours changes the movements of its own dates' days only.</summary>
    private static void Nouveau(Parcours p, HashSet<(int, int?, DateOnly?, DateOnly?)> demandes)
    {
        foreach (var jour in new[] { p.DateEntree, p.DateCloture, p.DateOrientation }.OfType<DateOnly>()) demandes.Add((p.DepartementId, null, jour, jour));
    }

    /// <summary>A new designation changes its parcours's days over its period (its own dates when that parcours is added in the same save).</summary>
    private static void Nouvelle(DesignationReferent d, HashSet<(int, int?, DateOnly?, DateOnly?)> demandes)
    {
        if (d.ParcoursId <= 0)
            foreach (var jour in new[] { d.DateDebut, d.DateFin }.OfType<DateOnly>()) demandes.Add((d.DepartementId, null, jour, jour));
        else demandes.Add((d.DepartementId, d.ParcoursId, d.DateDebut, d.DateFin));
    }

    private static IEnumerable<DemandeRecalcul> Demandes(HashSet<(int Departement, int? ParcoursId, DateOnly? Du, DateOnly? Au)> demandes) =>
        demandes.Select(d => new DemandeRecalcul { DepartementId = d.Departement, ParcoursId = d.ParcoursId, Du = d.Du, Au = d.Au });

    /// <summary>From the earlier to the later of a date's old and new values, none meaning « never » (no end); nothing when unchanged.</summary>
    private static (DateOnly? Du, DateOnly? Au)? Entre<T, TDate>(PropertyEntry<T, TDate> date) where T : class
    {
        if (!Change(date)) return null;
        var (avant, apres) = ((object?)date.OriginalValue as DateOnly?, (object?)date.CurrentValue as DateOnly?);
        return (avant is null ? apres : apres is null || avant < apres ? avant : apres, avant is null || apres is null ? null : avant > apres ? avant : apres);
    }

    private static IEnumerable<EntityEntry<T>> Modifiees<T>(DbContext contexte) where T : class =>
        contexte.ChangeTracker.Entries<T>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    private static bool Change<T, TValeur>(PropertyEntry<T, TValeur> propriete) where T : class =>
        propriete.IsModified && !Equals(propriete.OriginalValue, propriete.CurrentValue);
}
