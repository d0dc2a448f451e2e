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

    private IQueryable<FaitCompte> Faits(IQueryable<Prescription> prescriptions) => prescriptions.Join(db.Set<Offre.ActionInsertion>(), p => p.ActionInsertionId, a => a.Id,
        (p, a) => new FaitCompte { Partie = false, Territoire = p.TerritoireId, Structure = p.StructureId, Action = p.ActionInsertionId, Fiche = a.FicheActionId, Rsa = p.BeneficiaireRsa });

    public async Task<ValeurCalculee> PersonnesEntreesAsync(RequeteIndicateur r, bool rsaSeulement, CancellationToken ct)
    {
        var (du, au) = (r.Periode.Du, r.Periode.Au);
        var entrees = Prescriptions(r).Where(p => p.DateEntree >= du && p.DateEntree <= au && (!rsaSeulement || p.BeneficiaireRsa));
        // One person entered twice in the same action in the period counts once; in two actions, once in each (and in the total).
        var uniques = entrees.Where(p => !entrees.Any(q => q.PersonneId == p.PersonneId && q.ActionInsertionId == p.ActionInsertionId && q.Id < p.Id));
        return await regroupement.NombreAsync(await FaitCompte.CompterAsync(Faits(uniques), r.Ventilation, ct), r, true, ct);
    }

    public async Task<ValeurCalculee> PrescriptionsAsync(RequeteIndicateur r, Func<DateOnly, DateTime> debutDuJour, CancellationToken ct)
    {
        var (debut, fin) = (debutDuJour(r.Periode.Du), debutDuJour(r.Periode.Au.AddDays(1)));
        var faites = Prescriptions(r).Where(p => p.PrescriteLe >= debut && p.PrescriteLe < fin);
        return await regroupement.NombreAsync(await FaitCompte.CompterAsync(Faits(faites), r.Ventilation, ct), r, true, ct);
    }

    public async Task<ValeurCalculee> SortiesEmploiAsync(RequeteIndicateur r, CancellationToken ct)
    {
        var (du, au) = (r.Periode.Du, r.Periode.Au);
        var sorties = Prescriptions(r).Where(p => p.DateSortie >= du && p.DateSortie <= au && p.TypeSortie == TypeSortieAction.EmploiDurable);
        return await regroupement.NombreAsync(await FaitCompte.CompterAsync(Faits(sorties), r.Ventilation, ct), r, true, ct);
    }
}
