using Passerelle.Web.Data;
using Passerelle.Web.Features.Documents;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions;

/// <summary>
/// Records an observation the person presents before the decision (CASF R262-68), with its attachment kept among the
/// person's documents (Features/Documents checks and stores it): the letter of notification lists them.
/// </summary>
public sealed class ServiceObservationsEp(AppDbContext db, AccesDossiersEp acces, ServiceDocuments documents, AuditJournal audit, CurrentUser user, HeureLegale heure)
{
    public const int TexteMax = 4000;

    public async Task<ResultatAction> EnregistrerAsync(int dossierId, SaisieObservation saisie, PieceJointe? piece, CancellationToken ct)
    {
        var dossier = await acces.ChargerAsync(dossierId, ct);
        if (dossier is null) return AccesDossiersEp.HorsPerimetre;
        if (!acces.PeutAgir) return AccesDossiersEp.RoleInsuffisant;
        if (!dossier.Statut.Ouvert())
            return ResultatAction.Refus($"Le dossier est « {dossier.Statut.Libelle().ToLowerInvariant()} » : les observations se recueillent avant la décision.");
        if (saisie.RecueLe is not { } recue) return ResultatAction.Refus("Indiquez la date à laquelle l'observation a été reçue.");
        if (recue > heure.Aujourdhui) return ResultatAction.Refus("La date de réception ne peut être dans le futur.");
        if (saisie.Forme is not { } forme) return ResultatAction.Refus("Indiquez la forme de l'observation (courrier, courriel ou orale).");
        if (string.IsNullOrWhiteSpace(saisie.Texte)) return ResultatAction.Refus("Indiquez le contenu de l'observation.");
        if (saisie.Texte.Trim().Length > TexteMax) return ResultatAction.Refus($"L'observation ne peut dépasser {TexteMax} caractères ; joignez le document complet.");
        int? documentId = null;
        if (piece is not null)
        {
            var (depot, id) = await documents.DeposerAsync(dossier.PersonneId, piece.Nom, piece.Contenu, ct);
            if (!depot.Reussi) return db.Abandonner(depot);
            documentId = id;
        }
        db.Add(new ObservationEp
        {
            DossierEpId = dossier.Id,
            RecueLe = recue,
            Forme = forme,
            Texte = saisie.Texte.Trim(),
            DocumentPersonneId = documentId,
            SaisiePar = user.NomComplet ?? user.Email ?? "?",
        });
        audit.Enregistrer(ActionsDecisionsEp.Observation, nameof(DossierEp), dossier.Id, documentId is int d ? $"Pièce jointe : document {d}" : null);
        return await db.SauverActionAsync(documentId is null ? "Observation enregistrée." : "Observation enregistrée ; la pièce jointe est rangée dans les documents de la personne.",
            AccesDossiersEp.Conflit, ct);
    }
}
