using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Cohortes;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Detection;

public enum ActionDetection { Relancer, Proposer }

/// <summary>
/// A bulk action of a detection queue, applied person by person through the service that owns it, each in its own
/// transaction: a refusal never stops the others, and the summary names each refused person with the reason
/// (the pieces of Features/Cohortes: <see cref="BilanActions"/> and its partial).
/// </summary>
public sealed class ActionsDetection(AppDbContext db, PerimetreDossiers perimetre, RequeteDetection requete, ServiceRelancesEp relances, ServiceDossiersEp dossiers)
{
    public static string Libelle(ActionDetection action) => action == ActionDetection.Relancer ? "Relance" : "Proposition en équipe pluridisciplinaire";

    /// <param name="motif">The proposal's motive for every person; when empty, each gets the queue's own.</param>
    public async Task<(BilanActions? Bilan, string? Refus)> ExecuterAsync(ActionDetection action, CritereDetection critere, IReadOnlyList<int> selection, string? motif, CancellationToken ct)
    {
        var personnes = selection.Distinct().ToList();
        if (personnes.Count == 0) return (null, "Cochez au moins une personne.");
        if (personnes.Count > RequeteCohorte.LimiteSelection) return (null, $"Une action groupée traite au plus {RequeteCohorte.LimiteSelection} personnes.");
        if (action == ActionDetection.Relancer && critere != CritereDetection.SansContrat) return (null, "Les relances concernent les personnes sans contrat.");
        var regles = await ReglesEp.EnVigueurAsync(db, ct);
        var lignes = action == ActionDetection.Proposer ? await requete.PourAsync(critere, regles, personnes, ct) : new Dictionary<int, LigneDetection>();
        // Names are read within the agent's scope: a person posted from outside it is reported without a name.
        var noms = await perimetre.Filtrer(db.Personnes).AsNoTracking().Where(p => personnes.Contains(p.Id))
            .Select(p => new { p.Id, p.Nom, p.Prenoms }).ToDictionaryAsync(p => p.Id, p => NomPersonne.Afficher(p.Nom, p.Prenoms), ct);
        var (reussies, refusees) = (new List<LigneBilan>(), new List<LigneBilan>());
        foreach (var personneId in personnes)
        {
            var resultat = !noms.ContainsKey(personneId) ? ResultatAction.HorsPerimetre
                : action == ActionDetection.Relancer ? await relances.EnvoyerAsync(personneId, ct)
                : await ProposerAsync(critere, regles, lignes.GetValueOrDefault(personneId), motif, ct);
            var ligne = noms.TryGetValue(personneId, out var nom)
                ? new LigneBilan(personneId, nom, resultat.Message)
                : new LigneBilan(null, $"Personne n° {personneId}", resultat.Message);
            (resultat.Reussi ? reussies : refusees).Add(ligne);
        }
        return (new BilanActions(Libelle(action), reussies, refusees), null);
    }

    private async Task<ResultatAction> ProposerAsync(CritereDetection critere, ReglesEp regles, LigneDetection? ligne, string? motif, CancellationToken ct)
    {
        if (ligne is null)
            return ResultatAction.Refus($"Ne figure plus dans la file « {critere.Libelle()} » : le critère n'est plus rempli, ou un dossier est déjà ouvert sur cette thématique.");
        var (detecteLe, motifFile) = Detection(critere, regles, ligne);
        var (resultat, _) = await dossiers.ProposerAsync(ligne.PersonneId, critere.Nature(), string.IsNullOrWhiteSpace(motif) ? motifFile : motif, detecteLe, ct);
        return resultat;
    }

    /// <summary>The day the person first met the criterion, and the motive the queue writes for them.</summary>
    private (DateOnly DetecteLe, string Motif) Detection(CritereDetection critere, ReglesEp regles, LigneDetection ligne)
    {
        var aujourdhui = requete.Aujourdhui;
        var orientation = ligne.DateOrientation;
        static string Jour(DateOnly jour) => jour.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return critere switch
        {
            CritereDetection.SansContrat when orientation is DateOnly o => (Min(o.AddDays(regles.PremiereRelanceJours), aujourdhui),
                $"Orienté(e) le {Jour(o)}, sans contrat signé ; {ligne.Relances} relance(s) envoyée(s)."),
            CritereDetection.MaintienSocial when orientation is DateOnly o => (Min(o.AddMonths(regles.MaintienSocialMois), aujourdhui),
                $"En orientation sociale depuis le {Jour(o)}, au-delà de {regles.MaintienSocialMois} mois."),
            _ => (aujourdhui, $"{ligne.Absences} absences sans excuse aux rendez-vous des {regles.PeriodeAbsencesMois} derniers mois."),
        };
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
