using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Financements;
using Passerelle.Web.Features.Financements.Fse;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Prescriptions;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// Funding entered as the département enters it (convention 16): the agent votes the PDI credits of every published
/// demo action for the year, adds the FSE+ operation of the insertion worksite and the État's pacte des solidarités
/// share of the mobility platform; the operator then records the FSE+ data of the worksite's participants who entered.
/// </summary>
internal static class FinancementsDemo
{
    public const string ProgrammeFse = "PN FSE+ 2021-2027", OperationFse = "202300042";

    /// <summary>The PDI credit voted per funded place, a round figure of the order the seed programmes give.</summary>
    private const decimal ParPlace = 1_500m;

    public static async Task AjouterAsync(IServiceProvider services, int departementId, string code, CancellationToken ct)
    {
        await ActeurDemo.AgirAsync(services, departementId, $"agent@{code}.passerelle.test", async scope =>
        {
            var db = scope.GetRequiredService<AppDbContext>();
            var annee = scope.GetRequiredService<HeureLegale>().Aujourdhui.Year;
            var actions = await db.Set<ActionInsertion>().AsNoTracking().Where(a => a.Statut == StatutAction.Publiee).OrderBy(a => a.Id)
                .Select(a => new { a.Id, a.Nom, Places = a.Places.Where(p => p.Debut.Year <= annee && p.Fin.Year >= annee).Sum(p => p.Places) })
                .ToListAsync(ct);
            var service = scope.GetRequiredService<ServiceFinancements>();
            foreach (var action in actions)
            {
                var pdi = Math.Max(action.Places, 1) * ParPlace;
                await AjouterAsync(service, action.Id, new SaisieFinancement(Financeur.Departement, pdi, pdi, decimal.Round(pdi / 2), annee,
                    Objet: $"Programme départemental d'insertion {annee}"), ct);
                if (action.Nom == OffreDemo.ChantierInsertion)
                    await AjouterAsync(service, action.Id, new SaisieFinancement(Financeur.Fse, Fse(pdi), Fse(pdi), 0, annee,
                        ProgrammeFse: ProgrammeFse, OperationFse: OperationFse, Objet: "Accompagnement socioprofessionnel des salariés en insertion"), ct);
                if (action.Nom == OffreDemo.PlateformeMobilite)
                    await AjouterAsync(service, action.Id, new SaisieFinancement(Financeur.Etat, pdi / 2, pdi / 2, pdi / 4, annee,
                        Convention: ConventionEtat.PacteDesSolidarites), ct);
            }
        });
        await ActeurDemo.AgirAsync(services, departementId, $"operateur@{code}.passerelle.test", async scope =>
        {
            var db = scope.GetRequiredService<AppDbContext>();
            var entrees = await db.Set<Prescription>().AsNoTracking().Where(p => p.DateEntree != null)
                .Join(db.Set<ActionInsertion>().Where(a => a.Nom == OffreDemo.ChantierInsertion), p => p.ActionInsertionId, a => a.Id, (p, _) => p.Id)
                .ToListAsync(ct);
            var service = scope.GetRequiredService<ServiceDonneesFse>();
            foreach (var id in entrees)
                Verifier(await service.EnregistrerAsync(id, new SaisieFse(0, SituationMarcheTravail.ChomeurLongueDuree, NiveauCite.Cite3a4,
                    MenageSansEmploi: true, EnfantsACharge: false, ParentIsole: false, SituationSortie: null), ct));
        });
    }

    /// <summary>The FSE+ share that makes it 40 % of the worksite's funding.</summary>
    private static decimal Fse(decimal pdi) => decimal.Round(pdi * 2 / 3, 2);

    private static async Task AjouterAsync(ServiceFinancements service, int action, SaisieFinancement saisie, CancellationToken ct) =>
        Verifier((await service.AjouterAsync(action, saisie, ct)).Resultat);

    private static void Verifier(ResultatAction resultat)
    {
        if (!resultat.Reussi) throw new InvalidOperationException($"Financement de démonstration refusé : {resultat.Message}");
    }
}
