using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Employeurs;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Parrainage;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// The demo mentor, written as users write it (convention 16): the chargée de relation entreprise records the profile of
/// <c>parrain@</c> (through a partner employer engaged in mentoring); the documented référent proposes them to a person of
/// their caseload; the mentor accepts and notes two meetings.
/// </summary>
internal static class ParrainageDemo
{
    public static async Task AjouterAsync(IServiceProvider services, int departementId, string code, CancellationToken ct)
    {
        int? parrainId = null, parrainageId = null;
        await ActeurDemo.AgirAsync(services, departementId, $"charge-entreprise@{code}.passerelle.test", async scope =>
        {
            var db = scope.GetRequiredService<AppDbContext>();
            var compte = await db.Users.Where(u => u.Email == $"parrain@{code}.passerelle.test").Select(u => u.Id).SingleOrDefaultAsync(ct);
            if (compte is null) return;
            var employeur = await db.Set<Employeur>().Where(e => e.ParrainageDepuis != null).OrderBy(e => e.Id).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
            var aujourdhui = scope.GetRequiredService<HeureLegale>().Aujourdhui;
            var ecrit = await scope.GetRequiredService<ServiceParrains>().CreerAsync(new SaisieParrain(compte, "Conducteur de travaux", "Bâtiment et travaux publics", employeur,
                "Un mardi sur deux, en fin de journée", aujourdhui.AddMonths(-4)), ct);
            parrainId = ecrit.Id ?? throw new InvalidOperationException($"Parrain de démonstration refusé : {ecrit.Resultat.Message}");
        });
        if (parrainId is null) return;
        await ActeurDemo.AgirAsync(services, departementId, $"referent@{code}.passerelle.test", async scope =>
        {
            var db = scope.GetRequiredService<AppDbContext>();
            var referent = await db.Users.Where(u => u.Email == $"referent@{code}.passerelle.test").Select(u => u.Id).SingleAsync(ct);
            var personne = await db.Set<DesignationReferent>().Where(d => d.ReferentId == referent && d.DateFin == null
                    && db.Set<Parcours>().Any(p => p.PersonneId == d.PersonneId && p.DateCloture == null && p.ReferentId == referent))
                .OrderBy(d => d.PersonneId).Select(d => (int?)d.PersonneId).FirstOrDefaultAsync(ct);
            if (personne is not int id) return;
            var aujourdhui = scope.GetRequiredService<HeureLegale>().Aujourdhui;
            var ecrit = await scope.GetRequiredService<ServiceParrainages>().ProposerAsync(id, new SaisieParrainage(parrainId, aujourdhui.AddDays(-28), aujourdhui.AddMonths(5),
                "Préparer les entretiens d'embauche et découvrir les métiers du bâtiment sur un chantier.", PartagerCommune: true, PartagerTelephone: false, PartagerCourriel: false,
                "Maçon ou coffreur", "Projet défini, freins de mobilité levés ; a besoin de confiance pour les entretiens."), ct);
            parrainageId = ecrit.Id ?? throw new InvalidOperationException($"Parrainage de démonstration refusé : {ecrit.Resultat.Message}");
        });
        if (parrainageId is not int parrainage) return;
        await ActeurDemo.AgirAsync(services, departementId, $"parrain@{code}.passerelle.test", async scope =>
        {
            var service = scope.GetRequiredService<ServiceParrainages>();
            var aujourdhui = scope.GetRequiredService<HeureLegale>().Aujourdhui;
            await Verifier(service.AgirAsync(parrainage, 0, ActeParrainage.Accepter, null, ct));
            await Verifier(service.NoterRencontreAsync(parrainage, new SaisieRencontre(aujourdhui.AddDays(-21), 90, "Visite d'un chantier de gros œuvre",
                "Intéressé par le coffrage ; à revoir : les horaires de chantier."), ct));
            await Verifier(service.NoterRencontreAsync(parrainage, new SaisieRencontre(aujourdhui.AddDays(-7), 60, "Simulation d'entretien d'embauche", null), ct));
        });
    }

    private static async Task Verifier(Task<Ecriture> ecriture)
    {
        var e = await ecriture;
        if (!e.Resultat.Reussi) throw new InvalidOperationException($"Parrainage de démonstration : {e.Resultat.Message}");
    }
}
