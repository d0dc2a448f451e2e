using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Structures;

namespace Passerelle.Web.Features.Iae;

public sealed record OccupationSiae(int StructureId, string Structure, string Kind, int? Postes, decimal? Etp, int Presents, int Entrees, int Sorties)
{
    /// <summary>Persons in a parcours on the reference day, per agreed post; null without agreed posts.</summary>
    public decimal? Taux => Postes is > 0 ? Math.Round(100m * Presents / Postes.Value, 1) : null;
}

public sealed record SortiesIae(MotifSortieIae Motif, int Nombre);

public sealed record ChiffresIae(int Annee, DateOnly Reference, IReadOnlyList<OccupationSiae> Siae, IReadOnlyList<(string Kind, TypeContratIae Contrat, int Entrees)> EntreesParType,
    IReadOnlyList<SortiesIae> SortiesParMotif);

/// <summary>
/// The IAE figures of a civil year for the département (docs/indicators.md, « IAE »): for each SIAE its agreed places and
/// the persons in a parcours on the reference day (31 December, or today in the current year), entries and exits of the
/// year; entries by kind and contract, exits by reason. Computed from the parcours, nothing stored.
/// </summary>
public sealed class IndicateursIae(AppDbContext db)
{
    public async Task<ChiffresIae> CalculerAsync(int annee, DateOnly aujourdhui, CancellationToken ct)
    {
        var (du, au) = (new DateOnly(annee, 1, 1), new DateOnly(annee, 12, 31));
        var reference = au < aujourdhui ? au : aujourdhui;
        var types = VocabulaireEmploisInclusion.Kinds.Keys.ToList();
        var siae = await db.Structures.AsNoTracking().Where(s => types.Contains(s.Type)).OrderBy(s => s.Nom)
            .Select(s => new { s.Id, s.Nom, s.Type }).ToListAsync(ct);
        var places = await db.Set<PlacesSiae>().AsNoTracking().Where(p => p.Annee == annee).ToDictionaryAsync(p => p.StructureId, ct);
        var parcours = await db.Set<ParcoursIae>().AsNoTracking().Where(p => p.DateEmbauche <= au && (p.DateSortie == null || p.DateSortie >= du))
            .Select(p => new { p.StructureId, p.DateEmbauche, p.DateSortie, p.TypeContrat, p.MotifSortie }).ToListAsync(ct);
        var lignes = siae.Select(s =>
        {
            var siens = parcours.Where(p => p.StructureId == s.Id).ToList();
            places.TryGetValue(s.Id, out var pl);
            return new OccupationSiae(s.Id, s.Nom, VocabulaireEmploisInclusion.Kinds[s.Type], pl?.PostesConventionnes, pl?.EtpConventionnes,
                siens.Count(p => p.DateEmbauche <= reference && (p.DateSortie == null || p.DateSortie >= reference)),
                siens.Count(p => p.DateEmbauche >= du), siens.Count(p => p.DateSortie <= au));
        }).ToList();
        var kindDe = siae.ToDictionary(s => s.Id, s => VocabulaireEmploisInclusion.Kinds[s.Type]);
        var entrees = parcours.Where(p => p.DateEmbauche >= du && kindDe.ContainsKey(p.StructureId))
            .GroupBy(p => (Kind: kindDe[p.StructureId], p.TypeContrat)).OrderBy(g => g.Key.Kind, StringComparer.Ordinal).ThenBy(g => g.Key.TypeContrat)
            .Select(g => (g.Key.Kind, g.Key.TypeContrat, g.Count())).ToList();
        var sorties = parcours.Where(p => p.DateSortie <= au && p.MotifSortie != null).GroupBy(p => p.MotifSortie!.Value).OrderBy(g => g.Key)
            .Select(g => new SortiesIae(g.Key, g.Count())).ToList();
        return new ChiffresIae(annee, reference, lignes, entrees, sorties);
    }
}
