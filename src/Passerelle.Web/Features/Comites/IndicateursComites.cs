using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Comites;

/// <param name="FenetresAttendues">Calendar windows of the frequency (years, semesters, quarters, months) wholly inside the period and already over.</param>
/// <param name="FrequenceRespectee">Each such window had a meeting; null when no window can be judged yet (or « selon les besoins »).</param>
public sealed record InstanceComptee(int Id, string Nom, TypeComite Type, string? Territoire, FrequenceComite Frequence, bool Actif, int Tenues, int SansPresences,
    int FenetresAttendues, int FenetresTenues, bool? FrequenceRespectee);

public sealed record TypeCompte(TypeComite Type, int Instances, int Tenues);

/// <param name="Reunions">Held meetings of the period to which the institution was a member (it has an attendance line).</param>
/// <param name="Taux">Présente / Reunions, in percent to one decimal; null without a meeting.</param>
public sealed record InstitutionComptee(string Nom, TypeInstitution Type, int Reunions, int Presente, int Excusee, int Absente, decimal? Taux);

public sealed record DecisionsComptees(int Prises, int Faites, int Abandonnees, int Ouvertes, int EnRetard);

/// <summary>The figures of the governance instances over a period (definitions and seed mapping: docs/indicators.md, « Comités »).</summary>
public sealed record ChiffresComites(DateOnly Du, DateOnly Au, IReadOnlyList<InstanceComptee> Instances, IReadOnlyList<TypeCompte> ParType,
    IReadOnlyList<InstitutionComptee> Institutions, DecisionsComptees Decisions);

/// <summary>
/// Computes the comités' indicators live from their meetings, attendance and decisions (no stored counter). A meeting is
/// held when its day is in the period and not after today; only held meetings count.
/// </summary>
public sealed class IndicateursComites(AppDbContext db, HeureLegale heure)
{
    public const int AnneesMax = 10;

    /// <returns>The refusals of the period, by field (« du », « au »), in French; empty when it is fine.</returns>
    public static Dictionary<string, string> VerifierPeriode(DateOnly du, DateOnly au)
    {
        var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!DatesPlausibles.Accepte(du)) erreurs["du"] = DatesPlausibles.Message;
        if (!DatesPlausibles.Accepte(au)) erreurs["au"] = DatesPlausibles.Message;
        else if (au < du) erreurs["au"] = "La fin de la période (au) précède son début (du) : inversez les deux dates.";
        else if (au > du.AddYears(AnneesMax)) erreurs["au"] = $"La période couvre plus de {AnneesMax} ans : raccourcissez-la.";
        return erreurs;
    }

    public async Task<ChiffresComites> CalculerAsync(DateOnly du, DateOnly au, CancellationToken ct)
    {
        var jusqua = au < heure.Aujourdhui ? au : heure.Aujourdhui;
        var reunions = await db.Set<Reunion>().AsNoTracking().Include(r => r.Presences).Include(r => r.Decisions)
            .Where(r => r.Date >= du && r.Date <= jusqua).ToListAsync(ct);
        var comites = await db.Set<Comite>().AsNoTracking().Include(c => c.Membres).ToListAsync(ct);
        var territoires = await db.Territoires.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Nom, ct);
        return Calculer(du, au, heure.Aujourdhui, comites, reunions, territoires);
    }

    /// <summary>The computation itself, on records already loaded: tested on hand-built data with known answers.</summary>
    public static ChiffresComites Calculer(DateOnly du, DateOnly au, DateOnly aujourdhui, IReadOnlyList<Comite> comites, IReadOnlyList<Reunion> reunions,
        IReadOnlyDictionary<int, string> territoires)
    {
        var jusqua = au < aujourdhui ? au : aujourdhui;
        var tenues = reunions.Where(r => r.Date >= du && r.Date <= jusqua).ToList();
        var parComite = tenues.ToLookup(r => r.ComiteId);
        var instances = comites.Where(c => c.Actif || parComite[c.Id].Any()).Select(c =>
        {
            var siennes = parComite[c.Id].ToList();
            var fenetres = Fenetres(c.Frequence, du, jusqua);
            var couvertes = fenetres.Count(f => siennes.Any(r => r.Date >= f.Debut && r.Date <= f.Fin));
            return new InstanceComptee(c.Id, c.Nom, c.Type, c.TerritoireId is int t ? territoires.GetValueOrDefault(t) : null, c.Frequence, c.Actif, siennes.Count,
                siennes.Count(r => r.Presences.Count == 0), fenetres.Count, couvertes, fenetres.Count == 0 ? null : couvertes == fenetres.Count);
        }).OrderBy(i => i.Type).ThenBy(i => i.Territoire).ThenBy(i => i.Nom, StringComparer.Ordinal).ToList();
        var parType = instances.GroupBy(i => i.Type).OrderBy(g => g.Key).Select(g => new TypeCompte(g.Key, g.Count(), g.Sum(i => i.Tenues))).ToList();
        var membres = comites.SelectMany(c => c.Membres).ToDictionary(m => m.Id);
        var institutions = tenues.SelectMany(r => r.Presences).Where(p => membres.ContainsKey(p.MembreComiteId))
            .GroupBy(p => (membres[p.MembreComiteId].Type, Nom: membres[p.MembreComiteId].Nom.Trim().ToUpperInvariant()))
            .Select(g =>
            {
                var (presente, reunionsMembre) = (g.Count(p => p.Statut == StatutPresence.Presente), g.Count());
                return new InstitutionComptee(membres[g.First().MembreComiteId].Nom.Trim(), g.Key.Type, reunionsMembre, presente,
                    g.Count(p => p.Statut == StatutPresence.Excusee), g.Count(p => p.Statut == StatutPresence.Absente), Math.Round(100m * presente / reunionsMembre, 1));
            }).OrderBy(i => i.Type).ThenBy(i => i.Nom, StringComparer.Ordinal).ToList();
        var decisions = tenues.SelectMany(r => r.Decisions).ToList();
        return new ChiffresComites(du, au, instances, parType, institutions, new DecisionsComptees(decisions.Count,
            decisions.Count(d => d.Statut == StatutDecision.Faite), decisions.Count(d => d.Statut == StatutDecision.Abandonnee),
            decisions.Count(d => d.Statut.Ouverte()), decisions.Count(d => TransitionsDecision.EnRetard(d.Statut, d.Echeance, aujourdhui))));
    }

    /// <summary>The calendar windows of the frequency wholly between <paramref name="du"/> and <paramref name="jusqua"/>.</summary>
    public static List<(DateOnly Debut, DateOnly Fin)> Fenetres(FrequenceComite frequence, DateOnly du, DateOnly jusqua)
    {
        var mois = frequence switch
        {
            FrequenceComite.Annuelle => 12,
            FrequenceComite.Semestrielle => 6,
            FrequenceComite.Trimestrielle => 3,
            FrequenceComite.Mensuelle => 1,
            _ => 0,
        };
        var fenetres = new List<(DateOnly, DateOnly)>();
        if (mois == 0) return fenetres;
        var debut = new DateOnly(du.Year, 1, 1);
        while (debut < du) debut = debut.AddMonths(mois);
        for (; debut.AddMonths(mois).AddDays(-1) <= jusqua; debut = debut.AddMonths(mois)) fenetres.Add((debut, debut.AddMonths(mois).AddDays(-1)));
        return fenetres;
    }
}
