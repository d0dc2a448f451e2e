using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Features.Comites;

/// <summary>The decisions of held meetings: recorded « à faire », then moved along <see cref="TransitionsDecision"/>.</summary>
public sealed class ServiceDecisions(AppDbContext db, ReunionsGerees gerees, AuditJournal audit, HeureLegale heure)
{
    public const string ActionDecision = "comite-decision";

    private static readonly ResultatAction Conflit = ResultatAction.Refus("Cette décision vient d'être modifiée par quelqu'un d'autre : rechargez la page, puis recommencez.");

    public async Task<Ecriture> AjouterAsync(int reunionId, SaisieDecision saisie, CancellationToken ct)
    {
        var (reunion, _, refus) = await gerees.ChargerAsync(reunionId, ct);
        if (reunion is null) return refus!;
        if (gerees.SiAVenir(reunion, nameof(saisie.Texte), "une décision") is { } aVenir) return aVenir with { Resultat = db.Abandonner(aVenir.Resultat) };
        var erreurs = ReglesComite.Verifier(saisie);
        if (erreurs.Count > 0) return new(db.Abandonner(ResultatAction.Refus("Corrigez les champs signalés : rien n'a été enregistré.")), erreurs);
        var decision = new DecisionComite
        {
            Texte = saisie.Texte!.Trim(),
            Porteur = string.IsNullOrWhiteSpace(saisie.Porteur) ? null : saisie.Porteur.Trim(),
            Echeance = saisie.Echeance,
            Statut = StatutDecision.AFaire,
            ModifieLe = heure.MaintenantUtc,
        };
        reunion.Decisions.Add(decision);
        await db.SaveChangesAsync(ct);
        audit.Enregistrer(ActionDecision, nameof(DecisionComite), decision.Id, $"réunion {reunionId}");
        var r = await db.SauverActionAsync("Décision enregistrée, à faire.", Conflit, ct);
        return new(r, new Dictionary<string, string>(), decision.Id);
    }

    public async Task<Ecriture> ChangerStatutAsync(int decisionId, int version, StatutDecision? statut, CancellationToken ct)
    {
        var reunionId = await db.Set<DecisionComite>().Where(d => d.Id == decisionId).Select(d => (int?)d.ReunionId).FirstOrDefaultAsync(ct);
        if (reunionId is null) return RefusComite.Introuvable;
        var (reunion, _, refus) = await gerees.ChargerAsync(reunionId.Value, ct);
        if (reunion is null) return refus!;
        var decision = reunion.Decisions.Single(d => d.Id == decisionId);
        if (statut is not { } vers || !TransitionsDecision.Permise(decision.Statut, vers))
        {
            var suivants = string.Join(", ", TransitionsDecision.Suivants(decision.Statut).Select(s => $"« {s.Libelle()} »"));
            var message = suivants.Length == 0 ? $"Cette décision est close (« {decision.Statut.Libelle()} ») : son statut ne change plus."
                : $"Depuis « {decision.Statut.Libelle()} », une décision passe à {suivants}.";
            return new(db.Abandonner(ResultatAction.Refus(message)), new Dictionary<string, string> { ["Statut"] = message });
        }
        db.Entry(decision).Property(d => d.Version).OriginalValue = version;
        decision.Statut = vers;
        decision.ModifieLe = heure.MaintenantUtc;
        audit.Enregistrer(ActionDecision, nameof(DecisionComite), decisionId, vers.ToString());
        var r = await db.SauverActionAsync($"Décision passée à « {vers.Libelle()} ».", Conflit, ct);
        return new(r, new Dictionary<string, string>(), r.Reussi ? decisionId : null);
    }
}
