using System.Text;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Documents;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Features.Suivi.Equipe;
using Passerelle.Web.Features.Suivi.Journal;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// Journal entries, objectives, dominantes, a follow-up team with a France Travail adviser and a
/// document for a few persons of the documented référent, written by the services users call,
/// signed in as that référent (convention 16).
/// </summary>
internal static class SuiviDemo
{
    private const int Personnes = 6;
    private const int AvecEquipe = 2;

    public static Task AjouterAsync(IServiceProvider services, int departementId, string code, CancellationToken ct) =>
        ActeurDemo.AgirAsync(services, departementId, $"referent@{code}.passerelle.test", async scope =>
        {
            var db = scope.GetRequiredService<AppDbContext>();
            var referent = await db.Users.Where(u => u.Email == $"referent@{code}.passerelle.test").Select(u => u.Id).SingleAsync(ct);
            var personnes = await db.Set<DesignationReferent>().Where(d => d.ReferentId == referent && d.DateFin == null)
                .OrderBy(d => d.PersonneId).Select(d => d.PersonneId).Take(Personnes).ToListAsync(ct);
            var conseiller = await db.Habilitations.Where(h => h.Role == Role.Referent && h.Structure!.Type == TypeStructure.AgenceFranceTravail)
                .OrderBy(h => h.Id).Join(db.Users, h => h.UtilisateurId, u => u.Id, (h, u) => u.Email).FirstOrDefaultAsync(ct);
            var journal = scope.GetRequiredService<ServiceJournal>();
            var equipe = scope.GetRequiredService<ServiceEquipe>();
            var consentement = scope.GetRequiredService<ServiceConsentement>();
            var documents = scope.GetRequiredService<ServiceDocuments>();
            var heure = scope.GetRequiredService<HeureLegale>();
            for (var i = 0; i < personnes.Count; i++)
                await SuivreAsync(personnes[i], i < AvecEquipe ? conseiller : null, journal, equipe, consentement, documents, heure, ct);
        });

    private static async Task SuivreAsync(int personne, string? conseiller, ServiceJournal journal, ServiceEquipe equipe, ServiceConsentement consentement,
        ServiceDocuments documents, HeureLegale heure, CancellationToken ct)
    {
        await journal.ChoisirDominanteAsync(personne, DominantesEnVigueur.Nationales[personne % 3].Code, ct);
        await journal.EcrireAsync(personne, new SaisieEcrit(NatureEcrit.Telephone, Confidentialite.Equipe, heure.MaintenantUtc.AddDays(-3),
            "Appel pour préparer le premier entretien : la personne confirme sa venue."), ct);
        await journal.EcrireAsync(personne, new SaisieEcrit(NatureEcrit.Note, Confidentialite.Equipe, null,
            "Premier entretien : projet de formation d'aide à domicile, mobilité à travailler (pas de permis)."), ct);
        await journal.EcrireAsync(personne, new SaisieEcrit(NatureEcrit.Note, Confidentialite.ReferentSeulement, null,
            "Situation familiale difficile évoquée en entretien : à revoir au prochain rendez-vous."), ct);
        await journal.AjouterObjectifAsync(personne, new SaisieObjectif(null, "Lever le frein de la mobilité", heure.Aujourdhui.AddMonths(6)), ct);
        await journal.AjouterObjectifAsync(personne, new SaisieObjectif(null, "Entrer en formation d'aide à domicile", heure.Aujourdhui.AddMonths(9)), ct);
        if (conseiller is not null)
        {
            await consentement.RecueillirAsync(personne, heure.Aujourdhui, ModeConsentement.Ecrit, ct);
            await equipe.InviterAsync(personne, new SaisieMembre(conseiller, "Conseiller France Travail (accompagnement global)", heure.Aujourdhui.AddMonths(6)), ct);
        }
        await documents.DeposerAsync(personne, "attestation-hebergement.pdf", Pdf("Attestation d'hébergement (démonstration)"), ct);
    }

    private static byte[] Pdf(string texte) => Encoding.ASCII.GetBytes($"%PDF-1.4\n% {new string([.. texte.Normalize(NormalizationForm.FormD).Where(c => c < 128)])}\n%%EOF\n");
}
