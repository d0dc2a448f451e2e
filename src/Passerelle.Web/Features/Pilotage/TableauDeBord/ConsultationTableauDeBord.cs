using Passerelle.Web.Features.Indicateurs;
using Passerelle.Web.Features.Pilotage.Catalogue;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Pilotage.TableauDeBord;

/// <summary>What a dashboard is asked with: its subject (« departement », « territoire-12 »…) and its period (a year, a quarter, a month or dates).</summary>
public sealed record DemandeTableau(string? Echelon, TypePeriode? Periode, int? Annee, int? Numero, DateOnly? Du, DateOnly? Au);

/// <summary>The outcome of a request: a dashboard, or refusals by field, or a subject out of reach (403) or unknown (404).</summary>
public sealed record ReponseTableau(TableauDeBord? Tableau, Portee? Portee, IReadOnlyDictionary<string, string> Erreurs, bool Interdit = false, bool Introuvable = false);

/// <summary>A point of a series: a month (or a year) of the period and the indicator's value over it.</summary>
public sealed record PointSerie(Periode Periode, ValeurCalculee Valeur);

/// <summary>
/// Resolves a dashboard request for the current user — period checked (end before start, over 10 years: refused on the field),
/// subject found, scope narrowed to the territoire (an agent of another territoire: 403) — and computes it; also the series and
/// breakdown behind the charts. Pages and API call it alike.
/// </summary>
public sealed class ConsultationTableauDeBord(CalculTableauDeBord calcul, CalculIndicateurs indicateurs, Echelons echelons, CurrentUser user, HeureLegale heure)
{
    /// <summary>Beyond this many months a series is drawn by year.</summary>
    public const int MoisMaxParMois = 24;

    /// <param name="partenaires">Computed under statistical secrecy whoever asks: the figures leave the département.</param>
    public async Task<ReponseTableau> LireAsync(DemandeTableau d, CancellationToken ct, bool partenaires = false)
    {
        if (Echelons.Lire(d.Echelon) is not var (niveau, id)) return new(null, null, new Dictionary<string, string>(), Introuvable: true);
        var erreurs = new Dictionary<string, string>();
        var type = d.Periode ?? TypePeriode.Annee;
        var dates = ReglesSaisieIndicateur.Periode(new SaisieValeur(type, d.Annee ?? heure.Aujourdhui.Year, d.Numero, d.Du, d.Au, null, null), erreurs);
        if (dates is not var (du, au)) return new(null, null, erreurs);
        if (PerimetreIndicateurs.De(user).Resoudre(niveau == NiveauTableau.Territoire ? id : null) is not { } portee) return new(null, null, erreurs, Interdit: true);
        if (await echelons.TrouverAsync(niveau, id, ct) is not { } echelon) return new(null, portee, erreurs, Introuvable: true);
        if (partenaires) portee = portee with { Secret = true, Clairs = null };
        return new(await calcul.CalculerAsync(echelon, new Periode(du, au), portee, ct), portee, erreurs);
    }

    /// <summary>The indicator month by month over the period (year by year beyond <see cref="MoisMaxParMois"/> months).</summary>
    public async Task<IReadOnlyList<PointSerie>> SerieAsync(IndicateurCatalogue indicateur, TableauDeBord tableau, Portee portee, CancellationToken ct)
    {
        var (p, points) = (tableau.Periode, new List<PointSerie>());
        var mois = (p.Au.Year - p.Du.Year) * 12 + p.Au.Month - p.Du.Month + 1;
        var pas = mois > MoisMaxParMois ? 12 : 1;
        for (var debut = pas == 12 ? new DateOnly(p.Du.Year, 1, 1) : new DateOnly(p.Du.Year, p.Du.Month, 1); debut <= p.Au; debut = debut.AddMonths(pas))
        {
            var morceau = new Periode(debut < p.Du ? p.Du : debut, debut.AddMonths(pas).AddDays(-1) is var fin && fin > p.Au ? p.Au : fin);
            points.Add(new(morceau, await calcul.ValeurAsync(indicateur, tableau.Echelon, morceau, portee, Fiche(indicateur, tableau.Echelon), ct)));
        }
        return points;
    }

    /// <summary>The indicator broken down over the period, within the dashboard's subject (its territoire, its fiche).</summary>
    public Task<ValeurCalculee> VentilationAsync(IndicateurCatalogue indicateur, TableauDeBord tableau, Portee portee, Ventilation ventilation, CancellationToken ct) =>
        indicateurs.CalculerAsync(indicateur, new(tableau.Periode, portee, Fiche(indicateur, tableau.Echelon), ventilation), ct);

    public static int? Fiche(IndicateurCatalogue indicateur, Echelon echelon) => indicateur.ParFiche && echelon.Niveau == NiveauTableau.FicheAction ? echelon.Id : null;
}
