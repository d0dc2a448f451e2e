using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Suivi.Chronologie;

/// <param name="Nature">One nature of entries (as <see cref="EvenementParcours.Nature"/>), or all.</param>
/// <param name="Du">First day (legal time of the département), included.</param>
/// <param name="Au">Last day, included.</param>
public sealed record FiltreChronologie(string? Nature, DateOnly? Du, DateOnly? Au);

/// <summary>One page of the timeline, and every nature the person's timeline holds, for the filter.</summary>
public sealed record PageChronologie(Page<EvenementParcours> Evenements, IReadOnlyList<string> Natures);

/// <summary>
/// The person's shared parcours: the entries of every registered <see cref="ISourceChronologie"/>,
/// each already filtered for the viewer, latest first. A person's whole history is a few hundred
/// entries, read by the person's index in each source, so the union is made in memory.
/// </summary>
public sealed class ChronologiePersonne(IEnumerable<ISourceChronologie> sources, HeureLegale heure)
{
    public const int TailleParPage = 50;

    public async Task<PageChronologie> LireAsync(Personne personne, FiltreChronologie filtre, int? numero, int? taille, CancellationToken ct)
    {
        var tout = new List<EvenementParcours>();
        foreach (var source in sources) tout.AddRange(await source.LireAsync(personne, ct));
        var natures = tout.Select(e => e.Nature).Distinct().Order(StringComparer.Ordinal).ToList();
        var debut = filtre.Du is { } du ? heure.DebutDuJourUtc(du) : DateTime.MinValue;
        var fin = filtre.Au is { } au && au < DateOnly.MaxValue ? heure.DebutDuJourUtc(au.AddDays(1)) : DateTime.MaxValue;
        var retenus = tout.Where(e => (filtre.Nature is null || e.Nature == filtre.Nature) && e.Date >= debut && e.Date < fin)
            .OrderByDescending(e => e.Date).ThenBy(e => e.Nature, StringComparer.Ordinal).ToList();
        var (page, t) = Pagination.Bornes(numero, taille ?? TailleParPage);
        return new(new Page<EvenementParcours>(retenus.Skip((page - 1) * t).Take(t).ToList(), page, t, retenus.Count), natures);
    }
}
