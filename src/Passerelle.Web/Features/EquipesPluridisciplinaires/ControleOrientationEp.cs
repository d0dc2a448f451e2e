using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires;

/// <summary>
/// No new orientation while an EP case about the person is open (primer §3 step 4, decision 0006): the EP's decision
/// may itself reorient them. A reorientation the EP decides goes through the orientation service after its dossier is decided.
/// </summary>
public sealed class ControleOrientationEp(AppDbContext db) : IControleOrientation
{
    public async Task<string?> VerifierAsync(Parcours parcours, CancellationToken ct)
    {
        var ouvert = await db.Set<DossierEp>().AsNoTracking()
            .Where(d => d.PersonneId == parcours.PersonneId && TransitionsDossierEp.Ouverts.Contains(d.Statut))
            .Select(d => d.Thematique!.Libelle).FirstOrDefaultAsync(ct);
        return ouvert is null ? null
            : $"Un dossier d'équipe pluridisciplinaire est ouvert pour cette personne (« {ouvert} ») : l'orientation attend la décision qui le conclura.";
    }
}
