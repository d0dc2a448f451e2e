using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Referents;

namespace Passerelle.Web.Features.Orientation;

/// <summary>
/// The notification of the orientation decision, sent once the référent is designated: only then
/// does the letter name who accompanies the person. By e-mail when the person has an address and
/// always by letter, the trace the person may contest within two months. Keyed on the designation
/// (<c>decision-orientation:12</c>), so a new référent after a reorientation gets a new notification.
/// </summary>
public sealed class NotificationsOrientation(AppDbContext db, ReglesEnVigueur regles, NotificationsPersonne notifications) : ISourceCourriers
{
    private static readonly CanalEnvoi[] Canaux = [CanalEnvoi.Email, CanalEnvoi.Courrier];

    /// <returns>A French summary of what was sent, for the action's message.</returns>
    public async Task<string> DecisionAsync(int designationId, CancellationToken ct)
    {
        var (personneId, champs) = await ChampsDecisionAsync(designationId, ct) ?? throw new InvalidOperationException($"Désignation {designationId} introuvable.");
        return await notifications.EnvoyerAsync(personneId, ModelesParDefaut.DecisionOrientation, champs, $"decision-orientation:{designationId}", Canaux, ct);
    }

    /// <summary>The decision's letter printed again from the journal.</summary>
    public async Task<ChampsCourrier?> ChampsAsync(string codeModele, string cle, CancellationToken ct) =>
        codeModele == ModelesParDefaut.DecisionOrientation && SourcesCourriers.Identifiant(cle, "decision-orientation:") is int id ? await ChampsDecisionAsync(id, ct) : null;

    /// <summary>The merge fields of a decision, also used to print its letter again; null if the designation does not exist.</summary>
    public async Task<ChampsCourrier?> ChampsDecisionAsync(int designationId, CancellationToken ct)
    {
        var designation = await db.Set<DesignationReferent>().AsNoTracking()
            .Where(d => d.Id == designationId)
            .Select(d => new
            {
                d.PersonneId,
                d.TypeOrientation,
                Structure = d.Structure!.Nom,
                d.Referent!.Prenom,
                d.Referent.Nom,
                Parcours = db.Set<Parcours>().Where(p => p.Id == d.ParcoursId).Select(p => new { p.CodeRegles, p.DateEntree }).First(),
            })
            .FirstOrDefaultAsync(ct);
        if (designation is null) return null;
        // The département's own name for the type, as its agents and letters use it.
        var jeu = await regles.ParCodeAsync(designation.Parcours.CodeRegles, designation.Parcours.DateEntree, ct);
        return new ChampsCourrier(designation.PersonneId, new Dictionary<string, string>
        {
            [ChampsFusion.TypeOrientation] = jeu.NomType(designation.TypeOrientation),
            [ChampsFusion.Structure] = designation.Structure,
            [ChampsFusion.Referent] = $"{designation.Prenom} {designation.Nom}",
        });
    }
}
