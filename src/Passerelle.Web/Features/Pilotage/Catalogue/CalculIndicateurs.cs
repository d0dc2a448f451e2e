using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <summary>
/// The one entry to compute a catalogue indicator (pages, API, the dashboard to come): checks the scope and breakdown
/// asked are ones the indicator supports, then computes it or serves it from <see cref="CacheDepartement"/> until one
/// of the tables it reads is written (<see cref="SuiviEcritures"/> follows every table an indicator names).
/// </summary>
public sealed class CalculIndicateurs(AppDbContext db, CacheDepartement cache, IServiceProvider services)
{
    public Task<ValeurCalculee> CalculerAsync(IndicateurCatalogue indicateur, RequeteIndicateur requete, CancellationToken ct)
    {
        if (requete.Portee.Territoires is not null && !indicateur.Territorial)
            return Task.FromResult(ValeurCalculee.Indisponible("Cet indicateur ne se rattache pas à un territoire : il n'est calculé que pour tout le département."));
        if (requete.Ventilation is { } v && !indicateur.Ventilations.Contains(v))
            return Task.FromResult(ValeurCalculee.Indisponible($"Cet indicateur ne se ventile pas par {v.Libelle()}."));
        var p = requete.Portee;
        var cle = $"pilotage:{indicateur.Code}:{requete.Periode.Du:yyyyMMdd}-{requete.Periode.Au:yyyyMMdd}:{Liste(p.Territoires)}:{p.Secret}:{Liste(p.Clairs)}:{requete.FicheActionId}:{requete.Ventilation}";
        return cache.ObtenirAsync(db, cle, indicateur.Lues, c => indicateur.Calculer(services, requete, c), ct);
    }

    private static string Liste(IReadOnlyCollection<int>? ids) => ids is null ? "*" : string.Join(',', ids.Order());
}
