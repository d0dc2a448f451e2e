using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions;

/// <summary>
/// The notification letter of a decision: the département's template « Notification d'une décision après équipe
/// pluridisciplinaire » (<see cref="ModelesParDefaut.DecisionEp"/>, editable like every letter) merged with the dossier,
/// then the legal mentions Passerelle appends (<see cref="MentionsLegalesEp"/>), dated the day of the notification.
/// </summary>
public sealed class CourrierDecisionEp(AppDbContext db, FusionCourrier fusion, HeureLegale heure)
{
    /// <summary>The merge fields of the decision, for <see cref="ServiceEnvois"/> and for the letter itself.</summary>
    public async Task<Dictionary<string, string>> ChampsAsync(DossierEp dossier, CancellationToken ct)
    {
        var observations = await db.Set<ObservationEp>().AsNoTracking().Where(o => o.DossierEpId == dossier.Id).OrderBy(o => o.RecueLe).ThenBy(o => o.Id).ToListAsync(ct);
        var seance = dossier.Seance ?? await db.Set<SeanceEp>().AsNoTracking().FirstAsync(s => s.Id == dossier.SeanceEpId, ct);
        var decision = dossier.Decision!.Value;
        return new(StringComparer.Ordinal)
        {
            [ChampsFusion.SeanceEp] = ChampsPersonne.FormaterDate(heure.Jour(seance.Debut)),
            [ChampsFusion.AvisEp] = dossier.Avis is { } avis ? avis.Libelle().ToLowerInvariant() + (dossier.MotifAvis is { } m ? $" ({m})" : "") : "—",
            [ChampsFusion.DecisionEp] = LibellesDecisionEp.Phrase(decision, dossier.Montant, dossier.Pourcentage, dossier.DureeMois, dossier.DateEffet,
                dossier.OrientationDecidee?.LibelleNational()),
            [ChampsFusion.MotivationDecision] = dossier.Motivation ?? "",
            [ChampsFusion.ObservationsEp] = observations.Count == 0 ? "Aucune observation n'a été reçue."
                : string.Join('\n', observations.Select(o => $"– le {ChampsPersonne.FormaterDate(o.RecueLe)} ({o.Forme.Libelle().ToLowerInvariant()}) : {o.Texte}")),
            [ChampsFusion.Decideur] = $"{dossier.DecideurNom}\n{dossier.DecideurQualite}",
        };
    }

    /// <summary>The letter as notified (dated <see cref="DossierEp.DateNotification"/>), ready for <see cref="RenduCourrier.Pdf(Courrier)"/>.</summary>
    public async Task<Courrier> ProduireAsync(DossierEp dossier, CancellationToken ct) =>
        await fusion.FusionnerAsync(ModelesParDefaut.DecisionEp, await SourceAsync(dossier, ct), dossier.DateNotification ?? heure.Aujourdhui, ct);

    /// <summary>The letter's fields and the legal mentions that follow the template.</summary>
    public async Task<ChampsCourrier> SourceAsync(DossierEp dossier, CancellationToken ct) =>
        new(dossier.PersonneId, await ChampsAsync(dossier, ct), MentionsLegalesEp.Texte(dossier.Decision!.Value));
}
