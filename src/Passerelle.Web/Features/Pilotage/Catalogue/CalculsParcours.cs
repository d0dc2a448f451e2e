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

    public IQueryable<FaitCompte> Orientes(RequeteIndicateur r)
    {
        var (du, au) = (r.Periode.Du, r.Periode.Au);
        return Parcours(r.Portee).Where(p => p.DateOrientation >= du && p.DateOrientation <= au)
            .Select(p => new FaitCompte { Partie = false, Personne = p.PersonneId, Territoire = p.TerritoireId, Structure = p.StructureId, Type = p.TypeOrientation });
    }

    public async Task<ValeurCalculee> OrientesAsync(RequeteIndicateur r, CancellationToken ct) =>
        await regroupement.NombreAsync(await FaitCompte.CompterAsync(Orientes(r), r.Ventilation, ct), r, true, ct);

    public IQueryable<FaitCompte> OrientationsAutomatiques(RequeteIndicateur r)
    {
        var (debut, fin) = (heure.DebutDuJourUtc(r.Periode.Du), heure.DebutDuJourUtc(r.Periode.Au.AddDays(1)));
        return db.Set<DecisionOrientation>().AsNoTracking()
            .Where(d => d.Origine == OrigineOrientation.Automatique && d.Statut == StatutDecision.Validee && d.ProposeeLe >= debut && d.ProposeeLe < fin)
            .Join(Parcours(r.Portee), d => d.ParcoursId, p => p.Id,
                (d, p) => new FaitCompte { Partie = false, Personne = p.PersonneId, Territoire = p.TerritoireId, Structure = p.StructureId, Type = d.Type });
    }

    public async Task<ValeurCalculee> OrientationsAutomatiquesAsync(RequeteIndicateur r, CancellationToken ct) =>
        await regroupement.NombreAsync(await FaitCompte.CompterAsync(OrientationsAutomatiques(r), r.Ventilation, ct), r, true, ct);

    public IQueryable<FaitCompte> RecusDansLeDelai(RequeteIndicateur r)
    {
        var (du, au) = (r.Periode.Du, r.Periode.Au);
        return Parcours(r.Portee).Where(p => p.DateOrientation != null && p.DatePremierRdvReferent >= du && p.DatePremierRdvReferent <= au)
            .Select(p => new FaitCompte
            {
                Personne = p.PersonneId,
                Territoire = p.TerritoireId,
                Structure = p.StructureId,
                Type = p.TypeOrientation,
                Partie = p.DatePremierRdvReferent <= p.DateOrientation!.Value.AddMonths(MoisPremierRendezVous),
            });
    }

    public async Task<ValeurCalculee> RecusDansLeDelaiAsync(RequeteIndicateur r, CancellationToken ct)
    {
        var taux = await regroupement.TauxAsync(await FaitCompte.CompterAsync(RecusDansLeDelai(r), r.Ventilation, ct), r, ct);
        return taux with { Valeur = taux.Numerateur, Lignes = [.. taux.Lignes.Select(l => l with { Valeur = l.Numerateur })] };
    }

    public IQueryable<FaitCompte> ContractualisationSocial(RequeteIndicateur r)
    {
        var (du, au) = (r.Periode.Du, r.Periode.Au);
        return Parcours(r.Portee).Where(p => p.TypeOrientation == TypeOrientation.Sociale && p.DateOrientation >= du && p.DateOrientation <= au)
            .Select(p => new FaitCompte { Personne = p.PersonneId, Territoire = p.TerritoireId, Structure = p.StructureId, Partie = p.DateContrat != null });
    }

    public async Task<ValeurCalculee> ContractualisationSocialAsync(RequeteIndicateur r, CancellationToken ct) =>
        await regroupement.TauxAsync(await FaitCompte.CompterAsync(ContractualisationSocial(r), r.Ventilation, ct), r, ct);

    public IQueryable<FaitCompte> Accompagnes(RequeteIndicateur r)
    {
        var date = r.Periode.Au < heure.Aujourdhui ? r.Periode.Au : heure.Aujourdhui;
        // « Not closed, or closed after » as one comparison: SQLite plans « IS NULL OR > » as a two-index union, ten times slower.
        return Parcours(r.Portee).Where(p => p.DateOrientation <= date && (p.DateCloture ?? DateOnly.MaxValue) > date)
            .Select(p => new FaitCompte { Partie = false, Personne = p.PersonneId, Territoire = p.TerritoireId, Structure = p.StructureId, Type = p.TypeOrientation });
    }

    public async Task<ValeurCalculee> AccompagnesAsync(RequeteIndicateur r, CancellationToken ct) =>
        await regroupement.NombreAsync(await FaitCompte.CompterAsync(Accompagnes(r), r.Ventilation, ct), r, true, ct);

    public IQueryable<FaitCompte> RetourApresSortiePositive(RequeteIndicateur r)
    {
        var (du, au) = (r.Periode.Du, r.Periode.Au);
        var sorties = db.Set<Sortie>().AsNoTracking().Where(s => s.Statut == StatutSortie.Enregistree && (s.Motif == MotifSortie.Emploi || s.Motif == MotifSortie.Formation)
            && s.DateSortie >= du && s.DateSortie <= au && s.Parcours!.Public == Orientation.Parcours.PublicRsa);
        return Regroupement.DansLaPortee(sorties, r.Portee, s => s.Parcours!.TerritoireId).Select(s => new FaitCompte
        {
            Personne = s.Parcours!.PersonneId,
            Territoire = s.Parcours.TerritoireId,
            Structure = s.Parcours.StructureId,
            Partie = s.Parcours.DateReprise > s.DateSortie,
        });
    }

    public async Task<ValeurCalculee> RetourApresSortiePositiveAsync(RequeteIndicateur r, CancellationToken ct) =>
        await regroupement.TauxAsync(await FaitCompte.CompterAsync(RetourApresSortiePositive(r), r.Ventilation, ct), r, ct);

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
