using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Indicateurs;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Sorties;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <summary>
/// The catalogue's computations on the RSA parcours (definitions: <see cref="CatalogueIndicateurs"/>): one grouped query
/// each, on the parcours' dates, or a call to <see cref="IndicateursOrientation"/> for those it already computes.
/// </summary>
public sealed class CalculsParcours(AppDbContext db, IndicateursOrientation orientation, Regroupement regroupement, HeureLegale heure)
{
    /// <summary>The deadline of Drôme's action 7: the first appointment with the référent within 2 months.</summary>
    public const int MoisPremierRendezVous = 2;

    private IQueryable<Parcours> Parcours(Portee portee) => Regroupement.DansLaPortee(db.DuRsa().AsNoTracking(), portee, p => p.TerritoireId);

    public async Task<ValeurCalculee> OrientesAsync(RequeteIndicateur r, CancellationToken ct)
    {
        var (du, au) = (r.Periode.Du, r.Periode.Au);
        var faits = Parcours(r.Portee).Where(p => p.DateOrientation >= du && p.DateOrientation <= au)
            .Select(p => new FaitCompte { Partie = false, Territoire = p.TerritoireId, Structure = p.StructureId, Type = p.TypeOrientation });
        return await regroupement.NombreAsync(await FaitCompte.CompterAsync(faits, r.Ventilation, ct), r, true, ct);
    }

    public async Task<ValeurCalculee> OrientationsAutomatiquesAsync(RequeteIndicateur r, CancellationToken ct)
    {
        var (debut, fin) = (heure.DebutDuJourUtc(r.Periode.Du), heure.DebutDuJourUtc(r.Periode.Au.AddDays(1)));
        var faits = db.Set<DecisionOrientation>().AsNoTracking()
            .Where(d => d.Origine == OrigineOrientation.Automatique && d.Statut == StatutDecision.Validee && d.ProposeeLe >= debut && d.ProposeeLe < fin)
            .Join(Parcours(r.Portee), d => d.ParcoursId, p => p.Id, (d, p) => new FaitCompte { Partie = false, Territoire = p.TerritoireId, Structure = p.StructureId, Type = d.Type });
        return await regroupement.NombreAsync(await FaitCompte.CompterAsync(faits, r.Ventilation, ct), r, true, ct);
    }

    public async Task<ValeurCalculee> RecusDansLeDelaiAsync(RequeteIndicateur r, CancellationToken ct)
    {
        var (du, au) = (r.Periode.Du, r.Periode.Au);
        var faits = Parcours(r.Portee).Where(p => p.DateOrientation != null && p.DatePremierRdvReferent >= du && p.DatePremierRdvReferent <= au)
            .Select(p => new FaitCompte
            {
                Territoire = p.TerritoireId,
                Structure = p.StructureId,
                Type = p.TypeOrientation,
                Partie = p.DatePremierRdvReferent <= p.DateOrientation!.Value.AddMonths(MoisPremierRendezVous),
            });
        var taux = await regroupement.TauxAsync(await FaitCompte.CompterAsync(faits, r.Ventilation, ct), r, ct);
        return taux with { Valeur = taux.Numerateur, Lignes = [.. taux.Lignes.Select(l => l with { Valeur = l.Numerateur })] };
    }

    public async Task<ValeurCalculee> ContractualisationSocialAsync(RequeteIndicateur r, CancellationToken ct)
    {
        var (du, au) = (r.Periode.Du, r.Periode.Au);
        var faits = Parcours(r.Portee).Where(p => p.TypeOrientation == TypeOrientation.Sociale && p.DateOrientation >= du && p.DateOrientation <= au)
            .Select(p => new FaitCompte { Territoire = p.TerritoireId, Structure = p.StructureId, Partie = p.DateContrat != null });
        return await regroupement.TauxAsync(await FaitCompte.CompterAsync(faits, r.Ventilation, ct), r, ct);
    }

    public async Task<ValeurCalculee> AccompagnesAsync(RequeteIndicateur r, CancellationToken ct)
    {
        var date = r.Periode.Au < heure.Aujourdhui ? r.Periode.Au : heure.Aujourdhui;
        var faits = Parcours(r.Portee).Where(p => p.DateOrientation <= date && (p.DateCloture == null || p.DateCloture > date))
            .Select(p => new FaitCompte { Partie = false, Territoire = p.TerritoireId, Structure = p.StructureId, Type = p.TypeOrientation });
        return await regroupement.NombreAsync(await FaitCompte.CompterAsync(faits, r.Ventilation, ct), r, true, ct);
    }

    public async Task<ValeurCalculee> RetourApresSortiePositiveAsync(RequeteIndicateur r, CancellationToken ct)
    {
        var (du, au) = (r.Periode.Du, r.Periode.Au);
        var sorties = db.Set<Sortie>().AsNoTracking().Where(s => s.Statut == StatutSortie.Enregistree && (s.Motif == MotifSortie.Emploi || s.Motif == MotifSortie.Formation)
            && s.DateSortie >= du && s.DateSortie <= au && s.Parcours!.Public == Orientation.Parcours.PublicRsa);
        var faits = Regroupement.DansLaPortee(sorties, r.Portee, s => s.Parcours!.TerritoireId)
            .Select(s => new FaitCompte { Territoire = s.Parcours!.TerritoireId, Structure = s.Parcours.StructureId, Partie = s.Parcours.DateReprise > s.DateSortie });
        return await regroupement.TauxAsync(await FaitCompte.CompterAsync(faits, r.Ventilation, ct), r, ct);
    }

    public async Task<ValeurCalculee> ReorientationsAsync(RequeteIndicateur r, CancellationToken ct) =>
        await regroupement.NombreAsync([new Compte(null, false, (await orientation.ReorientationsAsync(r.Periode, r.Portee, ct)).Validees)], r, true, ct);

    public async Task<ValeurCalculee> DelaiOrientationAsync(RequeteIndicateur r, CancellationToken ct)
    {
        var delai = await orientation.DelaiEntreeOrientationAsync(r.Periode, r.Portee, ct);
        if (r.Portee.Secret && delai.Effectif < Indicateurs.Secret.SecretStatistique.Seuil) return new(null, null, null, [], null, true);
        return new((decimal?)delai.MoyenneJours is { } m ? Math.Round(m, 1) : null, delai.Effectif, null, []);
    }

    public async Task<ValeurCalculee> SansReferentAsync(RequeteIndicateur r, CancellationToken ct)
    {
        var date = r.Periode.Au < heure.Aujourdhui ? r.Periode.Au : heure.Aujourdhui;
        var stock = await orientation.SansReferentAsync(date, r.Portee, ct);
        return await regroupement.NombreAsync([new Compte(null, false, stock.SansReferent)], r, true, ct);
    }
}
