using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Features.Dossiers.Doublons;

/// <summary>
/// Merges a duplicate into the record kept: memberships and rights history move over (history is
/// kept, never deleted), missing identity details are completed, and the absorbed record stays
/// with <see cref="Personne.FusionneeDansId"/> so old links still explain themselves. One
/// transaction, guarded by both versions, audit-logged.
/// </summary>
public sealed class FusionPersonnes(AppDbContext db, AuditJournal audit)
{
    /// <returns>null when merged, else the French reason it was not.</returns>
    public async Task<string?> FusionnerAsync(int gardeeId, int versionGardee, int absorbeeId, int versionAbsorbee, CancellationToken ct)
    {
        if (gardeeId == absorbeeId) return "Une personne ne peut pas être fusionnée avec elle-même.";
        var personnes = await db.Personnes.Include(p => p.DossierCourant).Where(p => p.Id == gardeeId || p.Id == absorbeeId).ToListAsync(ct);
        if (personnes.Find(p => p.Id == gardeeId) is not { FusionneeDansId: null } gardee
            || personnes.Find(p => p.Id == absorbeeId) is not { FusionneeDansId: null } absorbee)
            return "L'une des deux personnes n'existe plus ou a déjà été fusionnée.";
        db.Entry(gardee).Property(p => p.Version).OriginalValue = versionGardee;
        db.Entry(absorbee).Property(p => p.Version).OriginalValue = versionAbsorbee;
        if (gardee.EmpreinteNir is not null && absorbee.EmpreinteNir is not null && gardee.EmpreinteNir != absorbee.EmpreinteNir)
            return "Les deux personnes ont des NIR différents : ce sont deux personnes distinctes.";

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var membresGardee = await db.MembresFoyer.Where(m => m.PersonneId == gardee.Id).Select(m => m.DossierId).ToListAsync(ct);
        await db.MembresFoyer.Where(m => m.PersonneId == absorbee.Id && membresGardee.Contains(m.DossierId)).ExecuteDeleteAsync(ct);
        await db.MembresFoyer.Where(m => m.PersonneId == absorbee.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.PersonneId, gardee.Id), ct);
        await db.HistoriqueDroits.Where(h => h.PersonneId == absorbee.Id).ExecuteUpdateAsync(s => s.SetProperty(h => h.PersonneId, gardee.Id), ct);
        Completer(gardee, absorbee);
        (absorbee.FusionneeDansId, absorbee.DossierCourantId, absorbee.DossierCourant) = (gardee.Id, null, null);
        audit.Enregistrer(AuditActions.Modification, "Personne", gardee.Id, $"Fusion de la personne {absorbee.Id} dans la personne {gardee.Id} (doublon)");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return "L'une des deux personnes a été modifiée entre-temps (import ou autre agent) : rechargez la liste et vérifiez.";
        }
        await transaction.CommitAsync(ct);
        return null;
    }

    /// <summary>The kept record wins; the absorbed one only fills what is missing, and the open or latest dossier stays current.</summary>
    private static void Completer(Personne gardee, Personne absorbee)
    {
        if (gardee.NirChiffre is null) (gardee.NirChiffre, gardee.EmpreinteNir) = (absorbee.NirChiffre, absorbee.EmpreinteNir);
        gardee.Telephone ??= absorbee.Telephone;
        gardee.Email ??= absorbee.Email;
        gardee.Nationalite ??= absorbee.Nationalite;
        gardee.DateEntree = Max(gardee.DateEntree, absorbee.DateEntree);
        gardee.DateSortie = Max(gardee.DateSortie, absorbee.DateSortie);
        gardee.DejaEntre |= absorbee.DejaEntre;
        var prendreCourant = gardee.DossierCourant is null
            || absorbee.DossierCourant is { } autre && EtatsDroit.EstOuvert(autre.EtatDroit) && !EtatsDroit.EstOuvert(gardee.DossierCourant.EtatDroit);
        if (prendreCourant && absorbee.DossierCourant is { } dossier)
            (gardee.DossierCourant, gardee.RoleCourant, gardee.EtatDroit, gardee.SoumisDroitsDevoirs) = (dossier, absorbee.RoleCourant, absorbee.EtatDroit, absorbee.SoumisDroitsDevoirs);
    }

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
