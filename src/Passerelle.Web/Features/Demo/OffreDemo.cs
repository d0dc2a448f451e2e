using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// A catalogue of actions for each département that has a programme, written as users write it: the département's
/// agent describes and publishes actions under the fiches whose titles match; the demo operator describes one of
/// its own and asks for its publication, which waits in the agent's moderation queue.
/// </summary>
public static class OffreDemo
{
    public const string ChantierInsertion = "Chantier d'insertion espaces verts", PlateformeMobilite = "Plateforme mobilité : diagnostic et solutions de transport";

    private sealed record ModeleAction(string Nom, string MotFiche, string Type, string[] Thematiques, string Description, int Places, decimal Heures, int Semaines);

    private static readonly ModeleAction[] Modeles =
    [
        new(PlateformeMobilite, "mobilit", "accompagnement",
            ["mobilite--etre-accompagne-dans-son-parcours-mobilite", "mobilite--acceder-a-un-vehicule", "mobilite--financer-ma-mobilite"],
            "Un conseiller mobilité fait le point avec la personne sur ses déplacements vers l'emploi ou la formation et trouve une solution : transport à la demande, location solidaire de scooter ou de voiture, aide au financement.", 40, 2, 12),
        new("Permis de conduire accompagné", "mobilit", "formation", ["mobilite--preparer-un-permis"],
            "Code et conduite avec une auto-école sociale, à un rythme adapté, pour des personnes dont le permis est la condition d'un emploi.", 12, 6, 20),
        new("Premiers pas numériques", "numérique", "atelier", ["numerique--maitriser-les-fondamentaux-du-numerique", "numerique--acceder-a-des-services-en-ligne"],
            "Ateliers en petit groupe : se servir d'un ordiphone et d'un ordinateur, créer son adresse e-mail, faire ses démarches en ligne (CAF, France Travail).", 24, 3, 8),
        new(ChantierInsertion, "emploi", "accompagnement", ["trouver-un-emploi--repondre-a-des-offres-demploi", "remobilisation--lien-social"],
            "Contrat à durée déterminée d'insertion de 26 heures par semaine dans l'entretien des espaces verts, avec un accompagnement socioprofessionnel.", 18, 26, 26),
        new("Atelier budget et prévention du surendettement", "budget", "atelier", ["difficultes-financieres--ameliorer-sa-gestion-budgetaire", "difficultes-financieres--situation-dendettement-surendettement"],
            "Quatre séances avec une conseillère en économie sociale et familiale pour reprendre la main sur son budget et, si besoin, préparer un dossier de surendettement.", 30, 2, 4),
    ];

    public static async Task AjouterAsync(IServiceProvider services, int departementId, string code, CancellationToken ct)
    {
        await ActeurDemo.AgirAsync(services, departementId, $"agent@{code}.passerelle.test", async scope =>
        {
            var db = scope.GetRequiredService<AppDbContext>();
            var fiches = await db.Set<ElementProgramme>().AsNoTracking().Where(e => e.Fiche != null).OrderBy(e => e.ProgrammeId).ThenBy(e => e.Ordre)
                .Select(e => new { e.Id, e.Titre }).ToListAsync(ct);
            if (fiches.Count == 0) return;
            var structures = await db.Structures.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.CodeInsee }).ToListAsync(ct);
            // The insertion worksite is run by the demo operator's SIAE, so that its prescriptions reach a demo account.
            var operee = await db.Habilitations.Where(h => h.Role == Platform.Securite.Role.Operateur && h.StructureId != null)
                .Join(db.Users.Where(u => u.Email == $"operateur@{code}.passerelle.test"), h => h.UtilisateurId, u => u.Id, (h, _) => h.StructureId).FirstOrDefaultAsync(ct);
            var aujourdhui = scope.GetRequiredService<HeureLegale>().Aujourdhui;
            var service = scope.GetRequiredService<ServiceActions>();
            foreach (var (modele, rang) in Modeles.Select((m, i) => (m, i)))
            {
                var fiche = fiches.FirstOrDefault(f => f.Titre.Contains(modele.MotFiche, StringComparison.OrdinalIgnoreCase)) ?? fiches[rang % fiches.Count];
                var structure = modele.Nom == ChantierInsertion && structures.FirstOrDefault(x => x.Id == operee) is { } siae ? siae : structures[rang * 7 % structures.Count];
                var (resultat, id) = await service.EnregistrerAsync(null, Saisie(modele, fiche.Id, structure.Id, structure.CodeInsee, aujourdhui, rang), ct);
                if (id is not int action) throw new InvalidOperationException($"Action de démonstration refusée : {resultat.Message}");
                foreach (var acte in new[] { ActeAction.Soumettre, ActeAction.Publier }) await AgirAsync(db, service, action, acte, ct);
            }
        });
        await ActeurDemo.AgirAsync(services, departementId, $"operateur@{code}.passerelle.test", async scope =>
        {
            var db = scope.GetRequiredService<AppDbContext>();
            var fiche = await db.Set<ElementProgramme>().Where(e => e.Fiche != null).OrderBy(e => e.Ordre).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
            var operees = scope.GetRequiredService<AccesOffre>().StructuresOperees;
            var structure = operees.Count > 0 ? operees[0] : 0;
            if (fiche is null || structure == 0) return;
            var lieu = await db.Structures.Where(s => s.Id == structure).Select(s => s.CodeInsee).FirstAsync(ct);
            var modele = new ModeleAction("Remobilisation par le sport et la culture", "", "atelier", ["remobilisation--activites-sportives-et-culturelles", "remobilisation--bien-etre-confiance-en-soi"],
                "Deux demi-journées par semaine d'activités sportives et culturelles en groupe pour reprendre un rythme et confiance en soi.", 15, 7, 10);
            var service = scope.GetRequiredService<ServiceActions>();
            var (_, id) = await service.EnregistrerAsync(null, Saisie(modele, fiche.Value, structure, lieu, scope.GetRequiredService<HeureLegale>().Aujourdhui, 5), ct);
            if (id is int action) await AgirAsync(db, service, action, ActeAction.Soumettre, ct);
        });
    }

    private static async Task AgirAsync(AppDbContext db, ServiceActions service, int action, ActeAction acte, CancellationToken ct)
    {
        var version = await db.Set<ActionInsertion>().Where(a => a.Id == action).Select(a => a.Version).FirstAsync(ct);
        var resultat = await service.AgirAsync(action, acte, version, null, ct);
        if (!resultat.Reussi) throw new InvalidOperationException($"Action de démonstration : {resultat.Message}");
    }

    private static SaisieAction Saisie(ModeleAction m, int fiche, int structure, string? commune, DateOnly aujourdhui, int rang) => new()
    {
        FicheActionId = fiche,
        StructureId = structure,
        Nom = m.Nom,
        Description = m.Description,
        Type = m.Type,
        Thematiques = [.. m.Thematiques],
        Publics = ["beneficiaires-des-minimas-sociaux", "demandeurs-emploi"],
        HeuresHebdomadaires = m.Heures,
        NombreSemaines = m.Semaines,
        CodeInsee = commune,
        ModesAccueil = ["en-presentiel"],
        Frais = "gratuit",
        ModesMobilisation = ["envoyer-un-courriel", "telephoner"],
        MobilisationPrecisions = "Prescription par le référent unique ; un entretien d'accueil précède l'entrée.",
        ContactNom = "Accueil de l'action",
        Courriel = $"action{rang + 1}@operateur.passerelle.test",
        Sessions = string.Join('\n', Enumerable.Range(0, 3).Select(i => aujourdhui.AddDays(7 + rang * 3 + 35 * i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
        Places = $"{aujourdhui.Year}-01-01 → {aujourdhui.Year}-12-31 : {m.Places}",
    };
}
