using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Web.Features.Pilotage.Evaluation;

/// <summary>What each indicator of a programme achieved over a year; an indicator without anything is absent from the answer.</summary>
public interface IRealisationsIndicateurs
{
    Task<IReadOnlyDictionary<int, Realisation>> LireAsync(IReadOnlyCollection<int> indicateurs, int annee, CancellationToken ct);
}

/// <summary>The figures the programme document itself reports for past years (<see cref="NatureValeur.Constatee"/>).</summary>
public sealed class RealisationsDuDocument(AppDbContext db) : IRealisationsIndicateurs
{
    public const string Origine = "valeur rapportée par le document du programme";

    public async Task<IReadOnlyDictionary<int, Realisation>> LireAsync(IReadOnlyCollection<int> indicateurs, int annee, CancellationToken ct) =>
        await db.Set<ValeurIndicateur>().AsNoTracking()
            .Where(v => indicateurs.Contains(v.IndicateurFicheId) && v.Annee == annee && v.Nature == NatureValeur.Constatee)
            .ToDictionaryAsync(v => v.IndicateurFicheId, v => new Realisation(v.Valeur, null, null, Origine), ct);
}
