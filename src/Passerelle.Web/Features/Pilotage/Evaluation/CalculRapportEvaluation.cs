using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Pilotage.Evaluation;

/// <summary>
/// Builds a programme's evaluation report for a year of its span: the fiches-actions in the order of the programme's tree,
/// each indicator with the year's target, what was achieved (<see cref="IRealisationsIndicateurs"/>) and how it stands.
/// </summary>
public sealed class CalculRapportEvaluation(AppDbContext db, ConsultationProgrammes programmes, IRealisationsIndicateurs realisations, HeureLegale heure)
{
    /// <summary>The years a report may cover: those of the programme, the last one included.</summary>
    public static string? VerifierAnnee(int annee, DateOnly debut, DateOnly fin) => annee < debut.Year || annee > fin.Year
        ? $"L'année {annee} est hors du programme, qui couvre {debut.Year} à {fin.Year} : choisissez l'une de ces années."
        : null;

    /// <param name="demandee">The year asked for; by default the last whole year, brought within the programme's span.</param>
    /// <returns>Null when the programme is not the département's; the refusal of the year when it is outside the programme.</returns>
    public async Task<(RapportEvaluation? Rapport, string? RefusAnnee)> CalculerAsync(int programmeId, int? demandee, CancellationToken ct)
    {
        if (await programmes.ArbreAsync(programmeId, ct) is not { } arbre) return (null, null);
        var p = arbre.Programme;
        var annee = demandee ?? Math.Clamp(heure.Aujourdhui.Year - 1, p.Debut.Year, p.Fin.Year);
        if (VerifierAnnee(annee, p.Debut, p.Fin) is { } refus) return (null, refus);
        var noeuds = Fiches(arbre.Racines).ToList();
        var ids = noeuds.Select(n => n.Id).ToList();
        var indicateurs = await db.Set<IndicateurFiche>().AsNoTracking().Where(i => ids.Contains(i.FicheActionId)).OrderBy(i => i.Ordre)
            .Select(i => new
            {
                i.Id,
                i.FicheActionId,
                i.Libelle,
                i.Unite,
                i.Source,
                Cible = i.Valeurs.Where(v => v.Nature == NatureValeur.Cible && v.Annee == annee).Select(v => (decimal?)v.Valeur).FirstOrDefault(),
            }).ToListAsync(ct);
        var realise = await realisations.LireAsync([.. indicateurs.Select(i => i.Id)], annee, ct);
        var appreciations = await db.Set<AppreciationFiche>().AsNoTracking().Where(a => ids.Contains(a.FicheActionId) && a.Annee == annee)
            .ToDictionaryAsync(a => a.FicheActionId, a => a.Texte, ct);
        var parFiche = indicateurs.ToLookup(i => i.FicheActionId, i =>
        {
            var r = realise.GetValueOrDefault(i.Id);
            return new LigneEvaluation(i.Id, i.Libelle, i.Unite, i.Source, i.Cible, r, RegleAtteinte.Evaluer(i.Unite, i.Cible, r));
        });
        var fiches = noeuds.Select(n => new FicheEvaluee(n.Id, n.Code, n.Titre, n.Pilote ?? "", appreciations.GetValueOrDefault(n.Id), [.. parFiche[n.Id]])).ToList();
        return (new RapportEvaluation(p.Id, p.Code, p.Titre, p.Debut, p.Fin, annee, fiches, RegleAtteinte.Synthese(fiches.SelectMany(f => f.Indicateurs))), null);
    }

    /// <summary>The fiches and sous-actions, depth first: the order the programme document reads in.</summary>
    private static IEnumerable<NoeudProgramme> Fiches(IEnumerable<NoeudProgramme> noeuds)
    {
        foreach (var noeud in noeuds)
        {
            if (noeud.Niveau.PorteUneFiche()) yield return noeud;
            foreach (var enfant in Fiches(noeud.Enfants)) yield return enfant;
        }
    }
}
