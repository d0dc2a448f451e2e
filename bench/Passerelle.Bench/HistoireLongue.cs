using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Suivi.Journal;

namespace Passerelle.Bench;

/// <summary>
/// Ten years of history for the measured person (issue 12's benchmark: a parcours timeline of ≈ 500 events):
/// a rights change every month, an appointment every month and a note or contact every week or so,
/// written straight to the base like the rest of the generated data.
/// </summary>
internal static class HistoireLongue
{
    public const int Mois = 120, Notes = 260;

    public static async Task<int> EcrireAsync(string provider, string connexion, int departement, int personneId, DateOnly aujourdhui)
    {
        await using var db = BancFiles.Contexte(provider, connexion, departement);
        var dossier = await db.Personnes.Where(p => p.Id == personneId).Select(p => p.DossierCourantId!.Value).SingleAsync();
        var parcours = await db.Set<Parcours>().Where(p => p.PersonneId == personneId && p.DateCloture == null).Select(p => p.Id).SingleAsync();
        var auteur = await db.Users.Select(u => u.Id).FirstAsync();
        var debut = aujourdhui.AddMonths(-Mois);
        for (var m = 0; m < Mois; m++)
        {
            var jour = debut.AddMonths(m);
            db.Add(new HistoriqueDroit
            {
                PersonneId = personneId,
                DossierId = dossier,
                DateEffet = jour,
                EtatDroit = m % 2 == 0 ? "2" : "3",
                SoumisDroitsDevoirs = true,
                Evenement = EvenementDroit.Changement,
            });
            var moment = jour.ToDateTime(new TimeOnly(9, 30), DateTimeKind.Utc);
            db.Add(new RendezVous
            {
                PersonneId = personneId,
                ParcoursId = parcours,
                Type = TypeRendezVous.Suivi,
                Debut = moment,
                Lieu = "Bureau du référent",
                Statut = StatutRendezVous.Honore,
                CreePar = "banc",
                CreeLe = moment.AddDays(-7),
            });
        }
        for (var n = 0; n < Notes; n++)
        {
            var moment = debut.AddDays(n * 14).ToDateTime(new TimeOnly(14, 0), DateTimeKind.Utc);
            db.Add(new EcritJournal
            {
                PersonneId = personneId,
                Nature = n % 3 == 0 ? NatureEcrit.Telephone : NatureEcrit.Note,
                Confidentialite = Confidentialite.Equipe,
                Date = moment,
                EcritLe = moment,
                Texte = $"Point d'étape n° {n + 1} : démarches en cours, prochain rendez-vous fixé.",
                AuteurId = auteur,
                Auteur = "Banc",
            });
        }
        await db.SaveChangesAsync();
        return 2 * Mois + Notes;
    }
}
