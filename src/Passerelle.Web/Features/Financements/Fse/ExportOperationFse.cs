using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Prescriptions;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform.Export;

namespace Passerelle.Web.Features.Financements.Fse;

/// <summary>One participation in an FSE+ operation, pseudonymous: the prescription's number stands for the person.</summary>
public sealed record ParticipantOperationFse(int Numero, string Operation, string? Programme, string Action, DateOnly Entree, DateOnly? Sortie,
    DonneesFseParticipant? Donnees);

/// <summary>
/// The participants an FSE+ operation report needs (docs/format-export-fse.md): one row per person who entered, within
/// the period of a line of that operation, an action that line funds; with every FSE+ field and no name.
/// </summary>
public sealed class ExportOperationFse(AppDbContext db)
{
    public static readonly IReadOnlyList<ColonneExport<ParticipantOperationFse>> Colonnes =
    [
        new("numero_participant", p => p.Numero.ToString(CultureInfo.InvariantCulture)),
        new("code_operation", p => p.Operation),
        new("code_programme", p => p.Programme),
        new("action", p => p.Action),
        new("date_entree", p => Date(p.Entree)),
        new("date_sortie", p => p.Sortie is { } s ? Date(s) : null),
        new("donnees_saisies", p => p.Donnees is null ? "non" : "oui"),
        new("sexe", p => p.Donnees?.Sexe?.Code()),
        new("tranche_age", p => p.Donnees?.TrancheAge.Code()),
        new("situation_entree", p => p.Donnees?.SituationEntree.Code()),
        new("niveau_etudes", p => p.Donnees?.NiveauEtudes.Code()),
        new("menage_sans_emploi", p => OuiNon(p.Donnees?.MenageSansEmploi)),
        new("enfants_a_charge", p => OuiNon(p.Donnees?.EnfantsACharge)),
        new("parent_isole", p => OuiNon(p.Donnees?.ParentIsole)),
        new("situation_sortie", p => p.Donnees?.SituationSortie?.Code()),
    ];

    /// <returns>The participants in entry order, or null when no line of the département names that operation.</returns>
    public async Task<IReadOnlyList<ParticipantOperationFse>?> ParticipantsAsync(string operation, CancellationToken ct)
    {
        var lignes = await db.Set<FinancementAction>().AsNoTracking().Where(l => l.Financeur == Financeur.Fse && l.OperationFse == operation)
            .Select(l => new { l.ActionInsertionId, l.ProgrammeFse, l.Debut, l.Fin }).ToListAsync(ct);
        if (lignes.Count == 0) return null;
        var actions = lignes.Select(l => l.ActionInsertionId).Distinct().ToList();
        var noms = await db.Set<ActionInsertion>().Where(a => actions.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Nom, ct);
        var entrees = await db.Set<Prescription>().AsNoTracking().Where(p => actions.Contains(p.ActionInsertionId) && p.DateEntree != null)
            .Select(p => new { p.Id, p.ActionInsertionId, Entree = p.DateEntree!.Value, p.DateSortie }).ToListAsync(ct);
        var ids = entrees.Select(e => e.Id).ToList();
        var donnees = await db.Set<DonneesFseParticipant>().AsNoTracking().Where(d => ids.Contains(d.PrescriptionId)).ToDictionaryAsync(d => d.PrescriptionId, ct);
        return [.. entrees
            .Select(e => (e, Ligne: lignes.FirstOrDefault(l => l.ActionInsertionId == e.ActionInsertionId && l.Debut <= e.Entree && e.Entree <= l.Fin)))
            .Where(x => x.Ligne is not null)
            .OrderBy(x => x.e.Entree).ThenBy(x => x.e.Id)
            .Select(x => new ParticipantOperationFse(x.e.Id, operation, x.Ligne!.ProgrammeFse, noms[x.e.ActionInsertionId], x.e.Entree, x.e.DateSortie,
                donnees.GetValueOrDefault(x.e.Id)))];
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? OuiNon(bool? valeur) => valeur is { } v ? (v ? "oui" : "non") : null;
}
