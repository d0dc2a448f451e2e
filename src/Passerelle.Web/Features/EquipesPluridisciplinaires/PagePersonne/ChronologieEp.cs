using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform;
using static Passerelle.Web.Features.EquipesPluridisciplinaires.PagePersonne.LibellesHistoriqueEp;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.PagePersonne;

/// <summary>
/// The steps of the person's EP passages and the reminders in their timeline, from the same reading as the page section
/// (<see cref="HistoriqueEp"/>, already within the viewer's scope): proposed, informed, session, opinion, decision,
/// notification, appeal and its outcome, resumption of obligations.
/// </summary>
public sealed class ChronologieEp(HistoriqueEp historique, PerimetreEp perimetre, HeureLegale heure) : ISourceChronologie
{
    public const string Nature = "Équipe pluridisciplinaire";

    public async Task<IReadOnlyList<EvenementParcours>> LireAsync(Personne personne, CancellationToken ct)
    {
        var lu = await historique.LireAsync(personne, ct);
        var evenements = new List<EvenementParcours>();
        foreach (var p in lu.Passages)
        {
            var lien = perimetre.EstAgent ? $"/ep/dossiers/{p.Id}" : $"/personnes/{personne.Id}#passage-ep-{p.Id}";
            void Ajouter(DateOnly jour, string libelle, string? detail = null) => evenements.Add(new(heure.DebutDuJourUtc(jour), Nature, libelle, detail, lien));
            evenements.Add(new(p.CreeLe, Nature, "Proposé à l'équipe pluridisciplinaire", p.Thematique, lien));
            if (p.DateInformation is DateOnly information) Ajouter(information, "Courrier d'information avant l'équipe pluridisciplinaire", p.Thematique);
            if (p.Seance is DateTime seance && p.SeanceMaintenue) evenements.Add(new(seance, Nature, "Séance de l'équipe pluridisciplinaire", p.Equipe, lien));
            if (p.Avis is { } avis && p.AvisLe is DateTime avisLe) evenements.Add(new(avisLe, Nature, $"Avis de l'équipe : {avis.Libelle()}", p.Thematique, lien));
            if (p.Decision is { } decision && p.DecideLe is DateOnly decideLe)
                Ajouter(decideLe, $"Décision : {decision.Libelle()}", p.AnnuleeSurRecoursLe is DateOnly annulee ? $"Annulée sur recours le {Date(annulee)}" : NullSiVide(p.Modalites()));
            if (p.DateNotification is DateOnly notification) Ajouter(notification, "Décision notifiée", p.Decision?.Libelle());
            foreach (var r in p.Recours)
            {
                Ajouter(r.DeposeLe, $"{r.Type.Libelle()} déposé", p.Decision?.Libelle());
                if (r.Issue != IssueRecours.EnCours && r.IssueLe is DateOnly issueLe) Ajouter(issueLe, $"{r.Type.Libelle()} : {r.Issue.Libelle()}", p.Decision?.Libelle());
            }
            if (p.RepriseObligationsLe is DateOnly reprise)
                Ajouter(reprise, "Reprise des obligations", p.MoisRestitues is int mois ? $"{mois} mois restitué(s)" : null);
        }
        evenements.AddRange(lu.Relances.Select(r => new EvenementParcours(heure.DebutDuJourUtc(r.EnvoyeeLe), Nature, $"Relance n° {r.Rang} avant équipe pluridisciplinaire",
            r.Thematique, $"/personnes/{personne.Id}#ep")));
        return evenements;
    }

    private static string? NullSiVide(string texte) => texte.Length == 0 ? null : texte;
}
