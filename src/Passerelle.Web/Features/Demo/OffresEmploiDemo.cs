using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Employeurs;
using Passerelle.Web.Features.OffresEmploi;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// The demo's job offers and mises en relation, through the services users call (convention 16): the demo chargé de
/// relation entreprise captures an offer per demo employer, published in the territoire of the demo référent's structure;
/// the référent proposes two people of his caseload; the chargé records the answer, the interview and one hire, which
/// proposes that person's exit « Emploi » (not when the référent accompanies a single person).
/// </summary>
internal static class OffresEmploiDemo
{
    private static readonly (string Intitule, string Rome, TypeContratOffre Contrat, int? Duree, int Heures, int Postes)[] Modeles =
    [
        ("Conducteur poids lourd", "N4101", TypeContratOffre.Cdi, null, 35, 2),
        ("Vendeur en boulangerie", "D1106", TypeContratOffre.Cdd, 6, 28, 1),
        ("Employé d'étage", "G1501", TypeContratOffre.Cdd, 4, 35, 3),
        ("Agent de service hospitalier", "J1301", TypeContratOffre.ContratAide, 12, 26, 2),
        ("Agent d'entretien des espaces verts", "A1203", TypeContratOffre.CddiIae, 8, 26, 2),
        ("Jardinier maraîcher", "A1414", TypeContratOffre.Alternance, 24, 35, 1),
    ];

    public static async Task AjouterAsync(IServiceProvider services, int departementId, string code, CancellationToken ct)
    {
        var referent = $"referent@{code}.passerelle.test";
        var offres = new List<int>();
        await ActeurDemo.AgirAsync(services, departementId, $"charge-entreprise@{code}.passerelle.test", async scope =>
        {
            var db = scope.GetRequiredService<AppDbContext>();
            var service = scope.GetRequiredService<ServiceOffres>();
            var aujourdhui = scope.GetRequiredService<HeureLegale>().Aujourdhui;
            var employeurs = await db.Set<Employeur>().OrderBy(e => e.Id).Select(e => new { e.Id, e.CodeInsee }).ToListAsync(ct);
            var commune = await CommuneDuReferentAsync(db, referent, ct);
            for (var i = 0; i < Math.Min(employeurs.Count, Modeles.Length); i++)
            {
                var m = Modeles[i];
                var publication = aujourdhui.AddDays(-9 * (i + 1));
                var ecriture = await service.CreerAsync(new SaisieOffre(employeurs[i].Id, m.Intitule, m.Rome, m.Contrat, m.Duree, m.Heures,
                    i % 2 == 0 && commune is not null ? commune : employeurs[i].CodeInsee, m.Postes, publication, publication.AddMonths(2)), ct);
                offres.Add(ecriture.Id ?? throw new InvalidOperationException($"Offre de démonstration refusée : {ecriture.Resultat.Message}"));
            }
        });
        if (offres.Count == 0) return;
        var mises = new List<int>();
        await ActeurDemo.AgirAsync(services, departementId, referent, async scope =>
        {
            var db = scope.GetRequiredService<AppDbContext>();
            var service = scope.GetRequiredService<ServiceMisesEnRelation>();
            var id = await db.Users.Where(u => u.Email == referent).Select(u => u.Id).SingleAsync(ct);
            var personnes = await db.Set<Parcours>().Where(p => p.DateCloture == null && p.ReferentId == id).OrderBy(p => p.Id).Select(p => p.PersonneId).Take(2).ToListAsync(ct);
            foreach (var personne in personnes)
            {
                var ecriture = await service.ProposerAsync(offres[0], personne, "Expérience de conduite, permis C en cours de validité.", ct);
                mises.Add(ecriture.Id ?? throw new InvalidOperationException($"Mise en relation de démonstration refusée : {ecriture.Resultat.Message}"));
            }
        });
        // A référent with a single person (a reduced demo) keeps them accompanied: the hire would propose their exit.
        if (mises.Count < 2) return;
        await ActeurDemo.AgirAsync(services, departementId, $"charge-entreprise@{code}.passerelle.test", async scope =>
        {
            var service = scope.GetRequiredService<ServiceMisesEnRelation>();
            var aujourdhui = scope.GetRequiredService<HeureLegale>().Aujourdhui;
            await EtapeAsync(service, mises[0], 0, new SaisieEtape(StatutMiseEnRelation.Acceptee, null, null, null, null, null, null), ct);
            await EtapeAsync(service, mises[0], 1, new SaisieEtape(StatutMiseEnRelation.Entretien, aujourdhui, null, null, null, null, null), ct);
            await EtapeAsync(service, mises[0], 2, new SaisieEtape(StatutMiseEnRelation.Embauchee, null, TypeContratOffre.Cdi, aujourdhui, null, null, "Embauché après l'entretien."), ct);
            await EtapeAsync(service, mises[1], 0, new SaisieEtape(StatutMiseEnRelation.Acceptee, null, null, null, null, null, null), ct);
        });
    }

    /// <summary>A commune of a territoire the référent's structure serves, so that the offers published there reach him.</summary>
    private static async Task<string?> CommuneDuReferentAsync(AppDbContext db, string email, CancellationToken ct)
    {
        var structures = db.Habilitations.Where(h => h.Role == Role.Referent && db.Users.Any(u => u.Id == h.UtilisateurId && u.Email == email)).Select(h => h.StructureId);
        var territoires = db.Set<StructureTerritoire>().Where(t => structures.Contains(t.StructureId)).Select(t => t.TerritoireId);
        return await db.Set<TerritoireCommune>().Where(t => territoires.Contains(t.TerritoireId)).OrderBy(t => t.CodeInsee).Select(t => t.CodeInsee).FirstOrDefaultAsync(ct);
    }

    private static async Task EtapeAsync(ServiceMisesEnRelation service, int id, int version, SaisieEtape etape, CancellationToken ct)
    {
        var e = await service.EnregistrerEtapeAsync(id, version, etape, ct);
        if (!e.Resultat.Reussi) throw new InvalidOperationException($"Étape de démonstration refusée : {e.Resultat.Message}");
    }
}
