using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.EquipesPluridisciplinaires;
using Passerelle.Web.Features.EquipesPluridisciplinaires.Detection;
using Passerelle.Web.Features.EquipesPluridisciplinaires.Seances;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// The département-wide EP as an administrator sets it up (four members, the demo member among them,
/// and the demo agent's delegation), then, through the services agents call (convention 16): a session in two weeks with
/// three persons oriented without contract on its agenda, informed and the members convened — what the demo member
/// reads — and a fourth person waiting for a session.
/// </summary>
internal static class EquipesPluridisciplinairesDemo
{
    public static async Task AjouterAsync(IServiceProvider services, int departementId, string code, CancellationToken ct)
    {
        var equipe = await ParametrerAsync(services, departementId, code, ct);
        if (equipe is not { } e) return;
        await ActeurDemo.AgirAsync(services, departementId, $"agent@{code}.passerelle.test", async scope =>
        {
            var db = scope.GetRequiredService<AppDbContext>();
            var heure = scope.GetRequiredService<HeureLegale>();
            await ThematiquesEp.ListeAsync(db, ct);
            // The oldest oriented persons still without contract; an agent may propose them by hand before the queue's 60 days.
            var personnes = await db.Set<Parcours>().Where(p => p.DateCloture == null && p.DateOrientation != null && p.DateContrat == null)
                .OrderBy(p => p.DateOrientation).Select(p => new { p.PersonneId, DateOrientation = p.DateOrientation!.Value }).Take(4).ToListAsync(ct);
            if (personnes.Count == 0) return;
            var seances = scope.GetRequiredService<ServiceSeances>();
            var (creation, seanceId) = await seances.CreerAsync(e.Id, heure.VersUtc(heure.Aujourdhui.AddDays(14), new TimeOnly(14, 0)), "Maison départementale des solidarités, salle du conseil", ct);
            if (seanceId is not int seance) throw new InvalidOperationException($"Séance de démonstration refusée : {creation.Message}");
            var dossiers = scope.GetRequiredService<ServiceDossiersEp>();
            foreach (var p in personnes.Take(3)) await VerifierAsync(ProposerAsync(dossiers, p.PersonneId, p.DateOrientation, heure.Aujourdhui, ct));
            await VerifierAsync(seances.ArreterOrdreDuJourAsync(seance, await VersionAsync(db, seance, ct), ct));
            await VerifierAsync(seances.ConvoquerAsync(seance, await VersionAsync(db, seance, ct), ct));
            if (personnes.Count > 3) await VerifierAsync(ProposerAsync(dossiers, personnes[3].PersonneId, personnes[3].DateOrientation, heure.Aujourdhui, ct));
        });
    }

    /// <summary>The first three go on the created session's agenda; the fourth, proposed after it is set, waits for the next one.</summary>
    private static async Task<ResultatAction> ProposerAsync(ServiceDossiersEp dossiers, int personneId, DateOnly orientation, DateOnly aujourdhui, CancellationToken ct)
    {
        var motif = $"Orienté(e) le {orientation:dd/MM/yyyy} : aucun contrat signé depuis, malgré les relances du service insertion.";
        var detecte = orientation.AddDays(60) < aujourdhui ? orientation.AddDays(60) : aujourdhui;
        return (await dossiers.ProposerAsync(personneId, NatureThematique.SansContrat, motif, detecte, ct)).Resultat;
    }

    private static async Task<EquipePluridisciplinaire?> ParametrerAsync(IServiceProvider services, int departementId, string code, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Utiliser(departementId);
        var membre = await db.Users.Where(u => u.Email == $"membre-ep@{code}.passerelle.test")
            .Select(u => new { u.Id }).SingleOrDefaultAsync(ct);
        var agent = await db.Users.Where(u => u.Email == $"agent@{code}.passerelle.test").Select(u => u.Id).SingleOrDefaultAsync(ct);
        if (membre is null || agent is null) return null;
        var equipe = new EquipePluridisciplinaire
        {
            Nom = "Équipe pluridisciplinaire départementale",
            Quorum = 3,
            MinimumDepartement = 1,
            MinimumFranceTravail = 1,
            Membres =
            [
                new() { Nom = "Membre EP", Prenom = "Hugo", Fonction = FonctionMembre.ProfessionnelInsertion, Organisation = "Association Tremplin", UtilisateurId = membre.Id },
                new() { Nom = "Lefèvre", Prenom = "Claire", Fonction = FonctionMembre.Departement, Organisation = "Conseil départemental, pôle insertion", Courriel = $"c.lefevre@{code}.passerelle.test" },
                new() { Nom = "Benali", Prenom = "Karim", Fonction = FonctionMembre.FranceTravail, Organisation = "France Travail, agence locale", Courriel = $"k.benali@{code}.passerelle.test" },
                new() { Nom = "Moreau", Prenom = "Josiane", Fonction = FonctionMembre.RepresentantBeneficiaires, Organisation = "Collectif des allocataires", Courriel = $"j.moreau@{code}.passerelle.test" },
            ],
        };
        db.Add(equipe);
        db.Add(new DelegationDecision { UtilisateurId = agent, Qualite = "Directrice de l'insertion", Debut = new DateOnly(2026, 1, 1) });
        await db.SaveChangesAsync(ct);
        return equipe;
    }

    private static Task<int> VersionAsync(AppDbContext db, int seance, CancellationToken ct) =>
        db.Set<SeanceEp>().Where(s => s.Id == seance).Select(s => s.Version).SingleAsync(ct);

    private static async Task VerifierAsync(Task<ResultatAction> acte)
    {
        var resultat = await acte;
        if (!resultat.Reussi) throw new InvalidOperationException($"Équipe pluridisciplinaire de démonstration : {resultat.Message}");
    }
}
