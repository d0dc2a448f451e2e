using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers.Avertissements;
using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports;

/// <summary>
/// A dossier written again by a later flux is described by that flux alone: its warnings still open from
/// earlier imports are closed as resolved by it (the new flux's own warnings were just added). One
/// statement per batch; an unchanged dossier keeps its warnings.
/// </summary>
internal static class ResolutionAvertissements
{
    public static async Task ExecuterAsync(AppDbContext db, List<int> dossiers, ParametresApplication parametres, CancellationToken ct)
    {
        if (dossiers.Count == 0) return;
        var (import, commentaire) = (parametres.ImportId, $"Résolu par le flux du {ConversionCnaf.DateFr(parametres.DateFlux)}");
        await db.Set<AvertissementDossier>()
            .Where(a => dossiers.Contains(a.DossierId) && a.Statut == StatutAvertissement.Ouvert && a.ImportId != import)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Statut, StatutAvertissement.Resolu)
                .SetProperty(a => a.Commentaire, commentaire).SetProperty(a => a.ResoluParImportId, import), ct);
        dossiers.Clear();
    }
}
