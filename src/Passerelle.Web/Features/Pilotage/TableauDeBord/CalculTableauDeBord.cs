using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Indicateurs;
using Passerelle.Web.Features.Pilotage.Catalogue;
using Passerelle.Web.Features.Programmes;
using SaisieManuelle = Passerelle.Web.Features.Pilotage.Catalogue.SaisieIndicateur;

namespace Passerelle.Web.Features.Pilotage.TableauDeBord;

/// <summary>
/// One line of a dashboard: a catalogue indicator (<paramref name="Code"/>) or a fiche's own indicator (<paramref name="IndicateurFicheId"/>),
/// its value over the period and the previous one, the year's target when there is exactly one, where the value comes from.
/// </summary>
/// <param name="Valeur">Null for a fiche indicator with no entry in the period.</param>
public sealed record LigneTableauDeBord(string Libelle, string? Code, int? IndicateurFicheId, UniteIndicateur Unite, ValeurCalculee? Valeur,
    ValeurCalculee? Precedente, decimal? Cible, string Source);

public sealed record TableauDeBord(Echelon Echelon, Periode Periode, Periode PeriodePrecedente, bool Secret, IReadOnlyList<LigneTableauDeBord> Lignes);

/// <summary>
/// A dashboard (issue 17, item 3), computed live through <see cref="CalculIndicateurs"/> (its cache, its secrecy): at the
/// département every catalogue indicator; at a territoire those that belong to one, in that territoire; at a structure or an
/// action the indicators broken down by it, its row; at a fiche-action its own indicators — computed within the fiche when
/// the catalogue can, else the pilot's entry in the period — with their targets.
/// </summary>
public sealed class CalculTableauDeBord(CalculIndicateurs calcul, ConsultationPilotage consultation, AppDbContext db)
{
    /// <summary>The catalogue indicators a level shows, and how one is asked there.</summary>
    public static IEnumerable<IndicateurCatalogue> Indicateurs(NiveauTableau niveau) => CatalogueIndicateurs.Tous.Where(i => niveau switch
    {
        NiveauTableau.Departement => true,
        NiveauTableau.Territoire => i.Territorial,
        NiveauTableau.Structure => i.Ventilations.Contains(Ventilation.Structure),
        NiveauTableau.Action => i.Ventilations.Contains(Ventilation.Action),
        _ => false,
    });

    /// <param name="portee">The viewer's scope, already narrowed to the territoire at that level.</param>
    public async Task<TableauDeBord> CalculerAsync(Echelon echelon, Periode periode, Portee portee, CancellationToken ct)
    {
        var precedente = PeriodeIndicateur.Precedente(periode);
        var lignes = new List<LigneTableauDeBord>();
        if (echelon.Niveau == NiveauTableau.FicheAction) lignes.AddRange(await FicheAsync(echelon.Id!.Value, periode, precedente, portee, ct));
        else
            foreach (var indicateur in Indicateurs(echelon.Niveau))
            {
                var cible = echelon.Niveau == NiveauTableau.Departement ? Unique(await consultation.CiblesAsync(indicateur.Code, periode.Au.Year, ct)) : null;
                lignes.Add(new(indicateur.Libelle, indicateur.Code, null, indicateur.Unite, await ValeurAsync(indicateur, echelon, periode, portee, null, ct),
                    await ValeurAsync(indicateur, echelon, precedente, portee, null, ct), cible, "Calculé par Passerelle"));
            }
        return new(echelon, periode, precedente, portee.Secret, lignes);
    }

    /// <summary>The value of an indicator at a level: a structure's or an action's is its row of the breakdown by it.</summary>
    public async Task<ValeurCalculee> ValeurAsync(IndicateurCatalogue indicateur, Echelon echelon, Periode periode, Portee portee, int? fiche, CancellationToken ct)
    {
        var ventilation = echelon.Niveau switch { NiveauTableau.Structure => Ventilation.Structure, NiveauTableau.Action => Ventilation.Action, _ => (Ventilation?)null };
        var valeur = await calcul.CalculerAsync(indicateur, new(periode, portee, fiche, ventilation), ct);
        if (ventilation is null || valeur.Remarque is not null) return valeur;
        if (valeur.Lignes.FirstOrDefault(l => l.Cle == echelon.Id) is not { } ligne) return valeur.Masquee ? valeur : new ValeurCalculee(Zero(indicateur), null, null, []);
        return new(ligne.Valeur, ligne.Numerateur, ligne.Denominateur, [], null, ligne.Masquee);
    }

    /// <summary>No row for the structure or action: nothing counted there (a count of 0, a rate or mean without value).</summary>
    private static decimal? Zero(IndicateurCatalogue i) => i.Unite is UniteIndicateur.Pourcentage or UniteIndicateur.Jours ? null : 0;

    private async Task<List<LigneTableauDeBord>> FicheAsync(int ficheId, Periode periode, Periode precedente, Portee portee, CancellationToken ct)
    {
        var indicateurs = await db.Set<IndicateurFiche>().AsNoTracking().Where(i => i.FicheActionId == ficheId).OrderBy(i => i.Ordre)
            .Select(i => new { i.Id, i.Libelle, i.Unite, i.Correspondance, i.CodeCatalogue, Cible = i.Valeurs.Where(v => v.Nature == NatureValeur.Cible && v.Annee == periode.Au.Year).Select(v => (decimal?)v.Valeur).FirstOrDefault() })
            .ToListAsync(ct);
        var ids = indicateurs.Select(i => i.Id).ToList();
        var saisies = await db.Set<SaisieManuelle>().AsNoTracking().Where(s => ids.Contains(s.IndicateurFicheId) && s.Valeur != null)
            .Select(s => new { s.IndicateurFicheId, s.Du, s.Au, s.Valeur, s.SaisieLe }).ToListAsync(ct);
        var echelon = new Echelon(NiveauTableau.FicheAction, ficheId, "");
        var lignes = new List<LigneTableauDeBord>();
        foreach (var i in indicateurs)
        {
            if (i.Correspondance == CorrespondanceIndicateur.Calcule && CatalogueIndicateurs.Trouver(i.CodeCatalogue) is { } c)
            {
                int? fiche = c.ParFiche ? ficheId : null;
                lignes.Add(new(i.Libelle, c.Code, i.Id, i.Unite, await ValeurAsync(c, echelon, periode, portee, fiche, ct), await ValeurAsync(c, echelon, precedente, portee, fiche, ct),
                    i.Cible, c.ParFiche ? "Calculé par Passerelle dans la fiche" : "Calculé par Passerelle pour le département"));
                continue;
            }
            // An entry counts for a period it lies within; the latest entered wins (a correction replaces it).
            ValeurCalculee? Saisie(Periode p) => saisies.Where(s => s.IndicateurFicheId == i.Id && s.Du >= p.Du && s.Au <= p.Au).OrderByDescending(s => s.SaisieLe)
                .Select(s => new ValeurCalculee(s.Valeur, null, null, [])).FirstOrDefault();
            var source = i.Correspondance switch
            {
                CorrespondanceIndicateur.Saisi => "Saisi par le pilote",
                CorrespondanceIndicateur.Importe => "Importé d'un fichier partenaire",
                CorrespondanceIndicateur.Manquant => "Donnée manquante",
                _ => "Sans correspondance établie",
            };
            lignes.Add(new(i.Libelle, null, i.Id, i.Unite, Saisie(periode), Saisie(precedente), i.Cible, source));
        }
        return lignes;
    }

    /// <summary>A target compared with a département-wide value only when the programmes give one, and only one.</summary>
    private static decimal? Unique(List<CibleIndicateur> cibles) => cibles.Select(c => c.Cible).Distinct().Count() == 1 ? cibles[0].Cible : null;
}
