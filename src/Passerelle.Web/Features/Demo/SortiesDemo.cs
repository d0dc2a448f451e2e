using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.EspacePersonnel;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Sorties;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// Exits of a demo département, written as the département's agent would through <see cref="ServiceSorties"/>
/// (convention 16): about 6 % of the accompanied persons left in the last 14 months, mostly to employment,
/// and the 6-month follow-ups of the older ones are recorded. Then the demo beneficiary account is tied to an
/// accompanied person through <see cref="ServiceEspacePersonnel"/>. The services act for a signed-in user: the
/// demo signs in as the agent for the duration.
/// </summary>
internal static class SortiesDemo
{
    private static readonly (MotifSortie Motif, TypeContratSortie? Contrat, int? Duree, SituationEmploi? Situation)[] Cas =
    [
        (MotifSortie.Emploi, TypeContratSortie.Cdi, null, null), (MotifSortie.Emploi, TypeContratSortie.Cdd, 6, null),
        (MotifSortie.Emploi, TypeContratSortie.Interim, 2, null), (MotifSortie.Emploi, TypeContratSortie.Iae, 12, null),
        (MotifSortie.Formation, null, null, SituationEmploi.Formation), (MotifSortie.Demenagement, null, null, SituationEmploi.Inconnue),
        (MotifSortie.SansContact, null, null, SituationEmploi.Inconnue), (MotifSortie.Emploi, TypeContratSortie.CreationEntreprise, null, null),
    ];

    public static Task AvancerAsync(IServiceProvider services, int departementId, string code, int graine, CancellationToken ct) =>
        ActeurDemo.AgirAsync(services, departementId, $"agent@{code}.passerelle.test", async fournisseur =>
        {
            var db = fournisseur.GetRequiredService<AppDbContext>();
            await SortirAsync(db, fournisseur.GetRequiredService<ServiceSorties>(), fournisseur.GetRequiredService<HeureLegale>(), new Random(unchecked(graine * 31 + 7)), ct);
            await RattacherBeneficiaireAsync(db, fournisseur.GetRequiredService<ServiceEspacePersonnel>(), code, ct);
        });

    private static async Task SortirAsync(AppDbContext db, ServiceSorties sorties, HeureLegale heure, Random hasard, CancellationToken ct)
    {
        var aujourdhui = heure.Aujourdhui;
        var accompagnes = await db.Set<Parcours>().AsNoTracking().Where(p => p.DateCloture == null && p.Etape == EtapeParcours.Accompagne)
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.Version, Debut = p.DateOrientation ?? p.DateEntree }).ToListAsync(ct);
        // Every 16th accompanied person, skipping the first: the beneficiary account is tied to the first one.
        foreach (var (p, i) in accompagnes.Select((p, i) => (p, i)).Where(x => x.i % 16 == 15))
        {
            var cas = Cas[hasard.Next(Cas.Length)];
            var date = aujourdhui.AddDays(-hasard.Next(0, 420));
            if (date < p.Debut) date = p.Debut;
            await sorties.EnregistrerAsync(p.Id, p.Version, new SaisieSortie(cas.Motif, cas.Contrat, cas.Duree, cas.Situation, date, null), ct);
        }
        var suivis = await db.Set<SuiviSortie>().AsNoTracking().Where(s => s.Mois == ReglesSortie.PremierSuiviParDefaut && s.RealiseLe == null && s.Echeance < aujourdhui.AddDays(-30))
            .OrderBy(s => s.Id).Select(s => new { s.Id, s.Version }).ToListAsync(ct);
        foreach (var s in suivis)
            await sorties.EnregistrerSuiviAsync(s.Id, s.Version, hasard.NextDouble() < 0.5 ? SituationEmploi.EmploiDurable : SituationEmploi.RechercheEmploi, null, ct);
    }

    private static async Task RattacherBeneficiaireAsync(AppDbContext db, ServiceEspacePersonnel espace, string code, CancellationToken ct)
    {
        var personne = await db.Set<Parcours>().AsNoTracking().Where(p => p.DateCloture == null && p.Etape == EtapeParcours.Accompagne)
            .OrderBy(p => p.Id).Select(p => (int?)p.PersonneId).FirstOrDefaultAsync(ct);
        if (personne is int id) await espace.RattacherAsync(id, $"beneficiaire@{code}.passerelle.test", ct);
    }
}
