using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Courriers;

/// <summary>A letter of the delivery journal: its row, which template, when it was prepared.</summary>
public sealed record CourrierPrepare(int EnvoiId, int PersonneId, string CodeModele, string Cle, DateTime CreeLe);

/// <summary>
/// Prints again a letter recorded in the delivery journal: the capability that sent it (<see cref="ISourceCourriers"/>)
/// rebuilds its fields from the key it named — an invitation, a convocation, an orientation decision, an EP reminder…
/// — and <see cref="FusionCourrier"/> merges the template in force, dated the day it was prepared.
/// Callers check that the person is in the user's scope.
/// </summary>
public sealed class CourriersPersonne(AppDbContext db, IEnumerable<ISourceCourriers> sources, FusionCourrier fusion, HeureLegale heure)
{
    public string Libelle(CourrierPrepare courrier) =>
        $"{ModelesParDefaut.Trouver(courrier.CodeModele)?.Libelle ?? courrier.CodeModele} du {heure.Jour(courrier.CreeLe).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";

    /// <summary>The letter of one journal row of the person; null if it is not a letter prepared for them or its source is gone.</summary>
    public async Task<Courrier?> RefaireAsync(int personneId, int envoiId, CancellationToken ct)
    {
        var envoi = await Prepares().Where(e => e.Id == envoiId && e.PersonneId == personneId)
            .Select(e => new CourrierPrepare(e.Id, e.PersonneId, e.CodeModele, e.Cle, e.CreeLe)).FirstOrDefaultAsync(ct);
        return envoi is null ? null : await RefaireAsync(envoi, ct);
    }

    /// <summary>The latest letter prepared for each of the persons; a person without any is absent.</summary>
    public async Task<IReadOnlyDictionary<int, CourrierPrepare>> DerniersAsync(IReadOnlyCollection<int> personneIds, CancellationToken ct)
    {
        var lignes = await Prepares().Where(e => personneIds.Contains(e.PersonneId))
            .Select(e => new CourrierPrepare(e.Id, e.PersonneId, e.CodeModele, e.Cle, e.CreeLe)).ToListAsync(ct);
        return lignes.GroupBy(l => l.PersonneId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(l => l.CreeLe).ThenByDescending(l => l.EnvoiId).First());
    }

    public async Task<Courrier?> RefaireAsync(CourrierPrepare envoi, CancellationToken ct)
    {
        foreach (var source in sources)
        {
            if (await source.ChampsAsync(envoi.CodeModele, envoi.Cle, ct) is not { } champs) continue;
            return champs.PersonneId == envoi.PersonneId ? await fusion.FusionnerAsync(envoi.CodeModele, champs, heure.Jour(envoi.CreeLe), ct) : null;
        }
        return null;
    }

    /// <summary>Letters the sender prepared; a failed one had no address and was never printable.</summary>
    private IQueryable<Envoi> Prepares() =>
        db.Set<Envoi>().AsNoTracking().Where(e => e.Canal == CanalEnvoi.Courrier && e.Statut == StatutEnvoi.Envoye);
}
