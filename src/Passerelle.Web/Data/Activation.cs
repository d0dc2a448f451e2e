using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Data;

/// <summary>A referential row that is deactivated rather than deleted, so history keeps pointing at it.</summary>
public interface IActivable : IVersioned
{
    int Id { get; }
    bool Actif { get; set; }
}

public enum ResultatActivation { Fait, Introuvable, ModifieEntreTemps }

/// <summary>
/// Deactivates or reactivates one row as of the version the user saw, with its audit row in the same
/// save: a stale page gets <see cref="ResultatActivation.ModifieEntreTemps"/> and changes nothing.
/// </summary>
public sealed class Activation(AppDbContext db, AuditJournal audit)
{
    public async Task<(ResultatActivation Resultat, T? Ligne)> ChangerAsync<T>(int id, int version, bool actif, CancellationToken ct)
        where T : class, IActivable
    {
        var ligne = await db.Set<T>().SingleOrDefaultAsync(l => l.Id == id, ct);
        if (ligne is null) return (ResultatActivation.Introuvable, null);
        if (ligne.Actif == actif) return (ResultatActivation.Fait, ligne);
        ligne.Actif = actif;
        db.Entry(ligne).Property(l => l.Version).OriginalValue = version;
        audit.Enregistrer(actif ? AuditActions.Reactivation : AuditActions.Desactivation, typeof(T).Name, id);
        try
        {
            await db.SaveChangesAsync(ct);
            return (ResultatActivation.Fait, ligne);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (ResultatActivation.ModifieEntreTemps, ligne);
        }
    }
}
