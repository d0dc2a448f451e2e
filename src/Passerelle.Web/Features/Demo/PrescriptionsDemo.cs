using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Prescriptions;
using Passerelle.Web.Features.Referents;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// Prescriptions written as users write them (convention 16): the documented référent prescribes the insertion
/// worksite of the demo operator to up to three persons of their caseload and the mobility platform to a fourth; the
/// operator accepts and enters the first, accepts the second, puts the third on the waiting list. The operator's
/// queue and the persons' pages thus show every stage a day can show (a small demo has fewer persons).
/// </summary>
internal static class PrescriptionsDemo
{
    public static async Task AjouterAsync(IServiceProvider services, int departementId, string code, CancellationToken ct)
    {
        var prescrites = new List<int>();
        await ActeurDemo.AgirAsync(services, departementId, $"referent@{code}.passerelle.test", async scope =>
        {
            var db = scope.GetRequiredService<AppDbContext>();
            var referent = await db.Users.Where(u => u.Email == $"referent@{code}.passerelle.test").Select(u => u.Id).SingleAsync(ct);
            var personnes = await db.Set<DesignationReferent>().Where(d => d.ReferentId == referent && d.DateFin == null)
                .OrderByDescending(d => d.PersonneId).Select(d => d.PersonneId).Take(4).ToListAsync(ct);
            var actions = await db.Set<ActionInsertion>().Where(a => a.Statut == StatutAction.Publiee && (a.Nom == OffreDemo.ChantierInsertion || a.Nom == OffreDemo.PlateformeMobilite))
                .ToDictionaryAsync(a => a.Nom, a => a.Id, ct);
            if (actions.Count < 2) return;
            var service = scope.GetRequiredService<ServicePrescriptions>();
            string[] motifs =
            [
                "Reprendre un rythme de travail avant une candidature en entretien des espaces verts.",
                "Première expérience salariée après une longue période sans emploi.",
                "Projet de paysagiste : découvrir le métier en situation réelle.",
            ];
            for (var i = 0; i < personnes.Count; i++)
            {
                var chantier = i < 3;
                var saisie = new SaisiePrescription(actions[chantier ? OffreDemo.ChantierInsertion : OffreDemo.PlateformeMobilite], null,
                    chantier ? motifs[i] : "Pas de permis ni de véhicule : trouver un moyen de se rendre aux entretiens d'embauche.", null,
                    PartagerDateNaissance: i == 0, PartagerTelephone: true, PartagerCourriel: false, PartagerFreins: true, Message: i == 1 ? "Joignable plutôt le matin." : null);
                var (resultat, id) = await service.PrescrireAsync(personnes[i], saisie, ct);
                if (id is not int cree) throw new InvalidOperationException($"Prescription de démonstration refusée : {resultat.Message}");
                if (chantier) prescrites.Add(cree);
            }
        });
        if (prescrites.Count == 0) return;
        await ActeurDemo.AgirAsync(services, departementId, $"operateur@{code}.passerelle.test", async scope =>
        {
            var service = scope.GetRequiredService<ServiceParticipations>();
            for (var i = 0; i < prescrites.Count; i++)
                await RepondreAsync(scope, service, prescrites[i], i < 2 ? ActePrescription.Accepter : ActePrescription.MettreEnAttente, ct);
            await VerifierAsync(service.EntrerAsync(prescrites[0], await VersionAsync(scope, prescrites[0], ct), null, ct));
        });
    }

    private static async Task RepondreAsync(IServiceProvider scope, ServiceParticipations service, int id, ActePrescription acte, CancellationToken ct) =>
        await VerifierAsync(service.RepondreAsync(id, await VersionAsync(scope, id, ct), new SaisieReponse(acte, null, null), ct));

    private static Task<int> VersionAsync(IServiceProvider scope, int id, CancellationToken ct) =>
        scope.GetRequiredService<AppDbContext>().Set<Prescription>().Where(p => p.Id == id).Select(p => p.Version).SingleAsync(ct);

    private static async Task VerifierAsync(Task<Platform.ResultatAction> acte)
    {
        var resultat = await acte;
        if (!resultat.Reussi) throw new InvalidOperationException($"Prescription de démonstration : {resultat.Message}");
    }
}
