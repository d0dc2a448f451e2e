using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Prescriptions;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <summary>
/// The catalogue's computations on the prescriptions to the offer's actions (definitions: <see cref="CatalogueIndicateurs"/>),
/// within a fiche-action's actions when one is given: one grouped query each.
/// </summary>
public sealed class CalculsActions(AppDbContext db, Regroupement regroupement)
{
    private IQueryable<Prescription> Prescriptions(RequeteIndicateur r)
    {
        var prescriptions = db.Set<Prescription>().AsNoTracking();
        if (r.FicheActionId is int fiche)
        {
            var actions = db.Set<Offre.ActionInsertion>().Where(a => a.FicheActionId == fiche).Select(a => a.Id);
            prescriptions = prescriptions.Where(p => actions.Contains(p.ActionInsertionId));
        }
        return Regroupement.DansLaPortee(prescriptions, r.Portee, p => p.TerritoireId);
    }

    // The fiche as a scalar subquery rather than a join: SQL only reads the action when the breakdown by fiche asks for it,
    // so a plain count reads the prescriptions' indexes alone.
    private IQueryable<FaitCompte> Faits(IQueryable<Prescription> prescriptions) => prescriptions.Select(p => new FaitCompte
    {
        Partie = false,
        Personne = p.PersonneId,
        Territoire = p.TerritoireId,
        Structure = p.StructureId,
        Action = p.ActionInsertionId,
        Rsa = p.BeneficiaireRsa,
        Fiche = db.Set<Offre.ActionInsertion>().Where(a => a.Id == p.ActionInsertionId).Select(a => a.FicheActionId).FirstOrDefault(),
    });

    public IQueryable<FaitCompte> PersonnesEntrees(RequeteIndicateur r, bool rsaSeulement)
    {
        var (du, au) = (r.Periode.Du, r.Periode.Au);
        var entrees = Prescriptions(r).Where(p => p.DateEntree >= du && p.DateEntree <= au && (!rsaSeulement || p.BeneficiaireRsa));
        // One person entered twice in the same action in the period counts once; in two actions, once in each (and in the total).
        // The entry kept is an RSA one when there is one, then the first: the total's RSA row is then the RSA indicator.
        return Faits(entrees.Where(p => !entrees.Any(q => q.PersonneId == p.PersonneId && q.ActionInsertionId == p.ActionInsertionId
            && (q.BeneficiaireRsa && !p.BeneficiaireRsa || q.BeneficiaireRsa == p.BeneficiaireRsa && q.Id < p.Id))));
    }

    public async Task<ValeurCalculee> PersonnesEntreesAsync(RequeteIndicateur r, bool rsaSeulement, CancellationToken ct) =>
        await regroupement.NombreAsync(await FaitCompte.CompterAsync(PersonnesEntrees(r, rsaSeulement), r.Ventilation, ct), r, true, ct);

    public IQueryable<FaitCompte> PrescriptionsFaites(RequeteIndicateur r, Func<DateOnly, DateTime> debutDuJour)
    {
        var (debut, fin) = (debutDuJour(r.Periode.Du), debutDuJour(r.Periode.Au.AddDays(1)));
        return Faits(Prescriptions(r).Where(p => p.PrescriteLe >= debut && p.PrescriteLe < fin));
    }

    public async Task<ValeurCalculee> PrescriptionsAsync(RequeteIndicateur r, Func<DateOnly, DateTime> debutDuJour, CancellationToken ct) =>
        await regroupement.NombreAsync(await FaitCompte.CompterAsync(PrescriptionsFaites(r, debutDuJour), r.Ventilation, ct), r, true, ct);

    public IQueryable<FaitCompte> SortiesEmploi(RequeteIndicateur r)
    {
        var (du, au) = (r.Periode.Du, r.Periode.Au);
        return Faits(Prescriptions(r).Where(p => p.DateSortie >= du && p.DateSortie <= au && p.TypeSortie == TypeSortieAction.EmploiDurable));
    }

    public async Task<ValeurCalculee> SortiesEmploiAsync(RequeteIndicateur r, CancellationToken ct) =>
        await regroupement.NombreAsync(await FaitCompte.CompterAsync(SortiesEmploi(r), r.Ventilation, ct), r, true, ct);
}
