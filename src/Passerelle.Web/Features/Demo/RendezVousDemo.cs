using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Agenda.MesRendezVous;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// Appointments of the documented référent recorded after the fact, with their write-ups, on the days of
/// the current week already past (the previous days when the week has just begun), through the service
/// the person page calls, signed in as that référent (convention 16): « Mes rendez-vous » shows them.
/// </summary>
internal static class RendezVousDemo
{
    private static readonly (TypeRendezVous Type, StatutRendezVous Statut, string CompteRendu, bool Reserve)[] Faits =
    [
        (TypeRendezVous.Suivi, StatutRendezVous.Honore, "Point sur la recherche de formation : deux candidatures envoyées, relance prévue dans quinze jours.", false),
        (TypeRendezVous.Suivi, StatutRendezVous.Absent, "Absente sans prévenir : appel laissé sur la messagerie, nouveau rendez-vous à proposer.", false),
        (TypeRendezVous.SignatureContrat, StatutRendezVous.Honore, "Engagements relus ensemble ; la personne a évoqué des difficultés de garde d'enfants.", true),
    ];

    public static Task AjouterAsync(IServiceProvider services, int departementId, string code, CancellationToken ct) =>
        ActeurDemo.AgirAsync(services, departementId, $"referent@{code}.passerelle.test", async scope =>
        {
            var db = scope.GetRequiredService<AppDbContext>();
            var heure = scope.GetRequiredService<HeureLegale>();
            var service = scope.GetRequiredService<ServiceRendezVous>();
            var referent = await db.Users.Where(u => u.Email == $"referent@{code}.passerelle.test").Select(u => u.Id).SingleAsync(ct);
            var parcours = await db.Set<Parcours>().Where(p => p.ReferentId == referent && p.DateCloture == null && p.DateEntree < heure.Aujourdhui.AddDays(-7))
                .OrderByDescending(p => p.PersonneId).Select(p => p.Id).Take(Faits.Length).ToListAsync(ct);
            var lundi = SemaineIso.LundiDe(heure.Aujourdhui);
            var premier = lundi < heure.Aujourdhui ? lundi : heure.Aujourdhui.AddDays(-Faits.Length);
            for (var i = 0; i < parcours.Count; i++)
            {
                var jour = premier.AddDays(i) < heure.Aujourdhui ? premier.AddDays(i) : heure.Aujourdhui.AddDays(-1);
                var (type, statut, compteRendu, reserve) = Faits[i];
                var version = await db.Set<Parcours>().Where(p => p.Id == parcours[i]).Select(p => p.Version).SingleAsync(ct);
                await service.EnregistrerApresCoupAsync(parcours[i], version,
                    new SaisieRendezVousPasse(type, heure.VersUtc(jour, new TimeOnly(9 + (2 * i), 30)), "CCAS, bureau 2", statut, compteRendu, reserve), ct);
            }
        });
}
