using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Prescriptions;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Financements.Fse;

/// <summary>What the operator types: the entry fields, and the exit situation once the person has left.</summary>
public sealed record SaisieFse(int Version, SituationMarcheTravail? SituationEntree, NiveauCite? NiveauEtudes, bool MenageSansEmploi, bool EnfantsACharge,
    bool ParentIsole, SituationSortieFse? SituationSortie);

/// <summary>A participation as the capture page shows it: the shared name, the action, the dates, what was recorded.</summary>
public sealed record ParticipationFse(int PrescriptionId, string Nom, string Prenoms, string Action, DateOnly? Entree, DateOnly? Sortie, bool FinanceeFse,
    TrancheAgeFse? TrancheAge, DonneesFseParticipant? Donnees);

/// <summary>
/// The operator's recording of a participant's FSE+ data: only the operator of the action's structure
/// (<see cref="AccesPrescriptions"/>), only for an FSE-funded action, after the entry; the exit situation after the
/// exit. Audit-logged with the prescription's id, never the person's data.
/// </summary>
public sealed class ServiceDonneesFse(AppDbContext db, AccesPrescriptions acces, ConsultationFinancements financements, AuditJournal audit, CurrentUser user, HeureLegale heure)
{
    public static readonly ResultatAction Introuvable = ResultatAction.Refus("Cette prescription n'existe pas ou n'a pas été adressée à votre structure.");

    private static readonly ResultatAction Conflit =
        ResultatAction.Refus("Ces données viennent d'être enregistrées par quelqu'un d'autre : rechargez la page, puis recommencez.");

    /// <returns>Null when the user is not the operator of the action the prescription is for (404).</returns>
    public async Task<ParticipationFse?> LireAsync(int prescriptionId, CancellationToken ct)
    {
        var p = await acces.Visibles(db.Set<Prescription>().AsNoTracking(), db.Personnes).FirstOrDefaultAsync(x => x.Id == prescriptionId, ct);
        if (p is null || !acces.EstOperateur(p)) return null;
        var action = await db.Set<ActionInsertion>().Where(a => a.Id == p.ActionInsertionId).Select(a => a.Nom).SingleAsync(ct);
        var donnees = await db.Set<DonneesFseParticipant>().AsNoTracking().FirstOrDefaultAsync(d => d.PrescriptionId == prescriptionId, ct);
        return new ParticipationFse(p.Id, p.Partage.Nom, p.Partage.Prenoms, action, p.DateEntree, p.DateSortie,
            await financements.FinanceeParLeFseAsync(p.ActionInsertionId, ct), donnees?.TrancheAge ?? await TrancheAsync(p, ct), donnees);
    }

    public async Task<ResultatAction> EnregistrerAsync(int prescriptionId, SaisieFse s, CancellationToken ct)
    {
        if (await LireAsync(prescriptionId, ct) is not { } participation) return Introuvable;
        if (!participation.FinanceeFse) return ResultatAction.Refus("Cette action n'a pas de financement FSE+ : aucune donnée FSE+ n'est à recueillir.");
        if (participation.Entree is null) return ResultatAction.Refus("Les données FSE+ se recueillent à l'entrée : enregistrez d'abord l'entrée de la personne dans l'action.");
        if (s.SituationEntree is not { } situation || !Enum.IsDefined(situation)) return ResultatAction.Refus("Choisissez la situation sur le marché du travail à l'entrée.");
        if (s.NiveauEtudes is not { } niveau || !Enum.IsDefined(niveau)) return ResultatAction.Refus("Choisissez le niveau d'études.");
        if (s.SituationSortie is { } sortie && !Enum.IsDefined(sortie)) return ResultatAction.Refus("Choisissez la situation à la sortie dans la liste.");
        if (s.SituationSortie is not null && participation.Sortie is null)
            return ResultatAction.Refus("La situation à la sortie se saisit après la sortie de l'action.");
        var donnees = await db.Set<DonneesFseParticipant>().FirstOrDefaultAsync(d => d.PrescriptionId == prescriptionId, ct);
        if (donnees is null)
        {
            var p = await db.Set<Prescription>().AsNoTracking().SingleAsync(x => x.Id == prescriptionId, ct);
            var personne = await db.Personnes.AsNoTracking().Where(x => x.Id == p.PersonneId).Select(x => new { x.DateNaissance, x.Sexe }).SingleAsync(ct);
            // Computed here, from the file the operator cannot open: the band is what FSE+ counts, the birth date stays unseen.
            db.Add(donnees = new DonneesFseParticipant
            {
                PrescriptionId = prescriptionId,
                SaisiPar = "",
                TrancheAge = VocabulaireFse.TrancheA(personne.DateNaissance, p.DateEntree!.Value),
                Sexe = VocabulaireFse.SexeDe(personne.Sexe),
            });
        }
        else db.Entry(donnees).Property(d => d.Version).OriginalValue = s.Version;
        (donnees.SituationEntree, donnees.NiveauEtudes, donnees.MenageSansEmploi, donnees.EnfantsACharge, donnees.ParentIsole, donnees.SituationSortie) =
            (situation, niveau, s.MenageSansEmploi, s.EnfantsACharge, s.ParentIsole, s.SituationSortie);
        (donnees.SaisiLe, donnees.SaisiPar) = (heure.MaintenantUtc, user.NomComplet ?? user.Email ?? "Opérateur");
        audit.Enregistrer(ActionsFinancements.SaisieFse, "Prescription", prescriptionId, s.SituationSortie is null ? "données d'entrée" : "données d'entrée et de sortie");
        return await db.SauverActionAsync("Données FSE+ enregistrées.", Conflit, ct);
    }

    private async Task<TrancheAgeFse?> TrancheAsync(Prescription p, CancellationToken ct) => p.DateEntree is { } entree
        ? VocabulaireFse.TrancheA(await db.Personnes.Where(x => x.Id == p.PersonneId).Select(x => x.DateNaissance).SingleAsync(ct), entree)
        : null;
}
