using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Territoires;

namespace Passerelle.Web.Features.Offre;

/// <summary>A structure as data·inclusion v1 describes it (../shared/formats/data-inclusion-v1/structure.json).</summary>
public sealed record StructureDataInclusion(string Source, string Id, string Nom, DateOnly DateMaj, string? Siret, string? Adresse, string? CodePostal,
    string? CodeInsee, string? Commune, string? Telephone, string? Courriel, string? Description);

/// <summary>A service (one of our actions) as data·inclusion v1 describes it (service.json).</summary>
public sealed record ServiceDataInclusion(string Source, string StructureId, string Id, string Nom, string Description, DateOnly DateMaj, string? Type,
    IReadOnlyList<string>? Thematiques, IReadOnlyList<string>? Publics, string? ConditionsAcces, decimal? VolumeHoraireHebdomadaire, int? NombreSemaines,
    string? Adresse, string? CodePostal, string? CodeInsee, string? Commune, IReadOnlyList<string>? ModesAccueil, string? Frais,
    IReadOnlyList<string>? ModesMobilisation, IReadOnlyList<string> MobilisablePar, string? MobilisationPrecisions, string? ContactNomPrenom,
    string? Courriel, string? Telephone, IReadOnlyList<string> ZoneEligibilite);

/// <summary>
/// The département's published offer in data·inclusion v1: the actions as services, the structures that run them.
/// Only published actions leave Passerelle; the source is « passerelle-{département} » and the ids are ours, so that a
/// later import recognises what it exported. Empty lists the schema requires non-empty are written null.
/// </summary>
public sealed class ExportDataInclusion(AppDbContext db, Communes.Communes communes)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Source(string departement) => $"passerelle-{departement}";

    public async Task<IReadOnlyList<ServiceDataInclusion>> ServicesAsync(string departement, CancellationToken ct)
    {
        var actions = await Publiees().ToListAsync(ct);
        var territoires = actions.SelectMany(a => a.Territoires).Distinct().ToList();
        var communesParTerritoire = (await db.Set<TerritoireCommune>().AsNoTracking().Where(t => territoires.Contains(t.TerritoireId)).ToListAsync(ct))
            .ToLookup(t => t.TerritoireId, t => t.CodeInsee);
        return [.. actions.Select(a =>
        {
            var commune = communes.Trouver(a.CodeInsee);
            return new ServiceDataInclusion(Source(departement), Cle(a.StructureId), Cle(a.Id), a.Nom, a.Description, DateOnly.FromDateTime(a.ModifieeLe), a.Type,
                a.Thematiques, Rien(a.Publics), a.ConditionsAcces, a.HeuresHebdomadaires, a.NombreSemaines, a.Adresse, commune?.CodePostal, a.CodeInsee, commune?.Nom,
                Rien(a.ModesAccueil), a.Frais, Rien(a.ModesMobilisation), ["professionnels"], a.MobilisationPrecisions, a.ContactNom, a.Courriel, a.Telephone,
                a.Territoires.Count == 0 ? [departement] : [.. a.Territoires.SelectMany(t => communesParTerritoire[t]).Distinct().Order(StringComparer.Ordinal)]);
        })];
    }

    public async Task<IReadOnlyList<StructureDataInclusion>> StructuresAsync(string departement, CancellationToken ct)
    {
        var ids = await Publiees().Select(a => a.StructureId).Distinct().ToListAsync(ct);
        var maj = await Publiees().GroupBy(a => a.StructureId).Select(g => new { g.Key, Le = g.Max(a => a.ModifieeLe) }).ToDictionaryAsync(g => g.Key, g => g.Le, ct);
        var structures = await db.Structures.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Nom).ToListAsync(ct);
        return [.. structures.Select(s =>
        {
            var commune = communes.Trouver(s.CodeInsee);
            return new StructureDataInclusion(Source(departement), Cle(s.Id), s.Nom, DateOnly.FromDateTime(maj[s.Id]), s.Siret.Length == 14 ? s.Siret : null,
                s.Adresse, commune?.CodePostal, s.CodeInsee, commune?.Nom, s.Telephone, s.Email, null);
        })];
    }

    private IQueryable<ActionInsertion> Publiees() => db.Set<ActionInsertion>().AsNoTracking().Where(a => a.Statut == StatutAction.Publiee).OrderBy(a => a.Id);

    private static string Cle(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static List<string>? Rien(List<string> valeurs) => valeurs.Count == 0 ? null : valeurs;
}
