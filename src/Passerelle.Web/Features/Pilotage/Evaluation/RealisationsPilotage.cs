using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Indicateurs;
using Passerelle.Web.Features.Pilotage.Catalogue;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Pilotage.Evaluation;

/// <summary>
/// What each indicator achieved over the year, by the way its mapping says it is known (decision 0025): an indicator
/// computed by the catalogue is computed over the calendar year within the reader's scope (aggregates under secrecy for a
/// reader, a territorial agent's own territoires); an indicator entered by the pilot takes the entry for the whole year, or
/// failing that the latest entry within the year (a stock or a rate is its last known value; the origin names its period);
/// otherwise, the figure the programme document reports for that year.
/// </summary>
public sealed class RealisationsPilotage(AppDbContext db, CalculIndicateurs calcul, RealisationsDuDocument document, CurrentUser user) : IRealisationsIndicateurs
{
    public async Task<IReadOnlyDictionary<int, Realisation>> LireAsync(IReadOnlyCollection<int> indicateurs, int annee, CancellationToken ct)
    {
        var resultat = new Dictionary<int, Realisation>(await document.LireAsync(indicateurs, annee, ct));
        var (du, au) = (new DateOnly(annee, 1, 1), new DateOnly(annee, 12, 31));
        var saisies = await db.Set<Catalogue.SaisieIndicateur>().AsNoTracking()
            .Where(s => indicateurs.Contains(s.IndicateurFicheId) && s.Du >= du && s.Au <= au)
            .Select(s => new { s.IndicateurFicheId, s.Du, s.Au, s.Valeur, s.Texte, s.Commentaire }).ToListAsync(ct);
        foreach (var parIndicateur in saisies.GroupBy(s => s.IndicateurFicheId))
        {
            var s = parIndicateur.FirstOrDefault(x => x.Du == du && x.Au == au) ?? parIndicateur.OrderByDescending(x => x.Au).First();
            var origine = s.Du == du && s.Au == au ? "saisi par le pilote" : $"saisi par le pilote pour la période du {s.Du:dd/MM/yyyy} au {s.Au:dd/MM/yyyy}";
            resultat[parIndicateur.Key] = new Realisation(s.Valeur, s.Texte, s.Commentaire, origine);
        }
        var calcules = await db.Set<IndicateurFiche>().AsNoTracking()
            .Where(i => indicateurs.Contains(i.Id) && i.Correspondance == CorrespondanceIndicateur.Calcule && i.CodeCatalogue != null)
            .Select(i => new { i.Id, i.FicheActionId, i.CodeCatalogue }).ToListAsync(ct);
        if (calcules.Count == 0 || PerimetreIndicateurs.De(user).Resoudre(null) is not { } portee) return resultat;
        foreach (var i in calcules)
        {
            if (CatalogueIndicateurs.Trouver(i.CodeCatalogue) is not { } indicateur) continue;
            var valeur = await calcul.CalculerAsync(indicateur, new RequeteIndicateur(new Periode(du, au), portee, i.FicheActionId), ct);
            var origine = $"calculé par Passerelle ({indicateur.Libelle}){(portee.Territoires is null ? "" : ", sur vos territoires")}";
            resultat[i.Id] = new Realisation(valeur.Valeur, null, valeur.Remarque, origine);
        }
        return resultat;
    }
}
