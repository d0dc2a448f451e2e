using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.PagePersonne;

public sealed record RecoursPassage(TypeRecours Type, DateOnly DeposeLe, IssueRecours Issue, DateOnly? IssueLe);

/// <summary>One passage of the person before an EP, as far as it went: session, opinion, decision, notification, appeals, restitution.</summary>
public sealed record PassageEp(int Id, string Thematique, DateOnly DetecteLe, DateTime CreeLe, StatutDossierEp Statut,
    DateTime? Seance, string? Equipe, StatutSeance? StatutSeance, DateOnly? DateInformation,
    TypeDecisionEp? Avis, string? MotifAvis, DateTime? AvisLe,
    TypeDecisionEp? Decision, decimal? Montant, int? Pourcentage, int? DureeMois, DateOnly? DateEffet, DateOnly? DecideLe,
    DateOnly? DateNotification, DateOnly? RepriseObligationsLe, int? MoisRestitues, DateOnly? AnnuleeSurRecoursLe,
    IReadOnlyList<RecoursPassage> Recours)
{
    /// <summary>Whether the session took place (or is to): a cancelled or postponed one is not the dossier's passage.</summary>
    public bool SeanceMaintenue => StatutSeance is not null and not EquipesPluridisciplinaires.StatutSeance.Annulee and not EquipesPluridisciplinaires.StatutSeance.Reportee;
}

/// <summary>A reminder sent before any passage, from a detection queue.</summary>
public sealed record RelancePersonne(string Thematique, int Rang, DateOnly EnvoyeeLe);

public sealed record HistoriquePersonneEp(IReadOnlyList<PassageEp> Passages, IReadOnlyList<RelancePersonne> Relances);

/// <summary>
/// A person's EP history as this viewer may read it (<see cref="PerimetreEp.Dossiers"/>), in one SQL command: the page
/// section and the timeline both read it, and the person page has a budget of commands (CommandesParPageTests).
/// </summary>
public sealed class HistoriqueEp(AppDbContext db, PerimetreEp perimetre)
{
    public async Task<HistoriquePersonneEp> LireAsync(Personne personne, CancellationToken ct)
    {
        var dossiers = perimetre.Dossiers(db.Set<DossierEp>().AsNoTracking());
        var relances = db.Set<RelanceEp>().AsNoTracking();
        var thematiques = db.Set<ThematiqueEp>().AsNoTracking();
        var lu = await db.Personnes.AsNoTracking().Where(p => p.Id == personne.Id).Select(p => new
        {
            Passages = dossiers.Where(d => d.PersonneId == p.Id).OrderByDescending(d => d.DetecteLe).ThenByDescending(d => d.Id)
                .Select(d => new PassageEp(d.Id, d.Thematique!.Libelle, d.DetecteLe, d.CreeLe, d.Statut,
                    d.Seance == null ? null : d.Seance.Debut, d.Seance == null ? null : d.Seance.Equipe!.Nom, d.Seance == null ? null : d.Seance.Statut,
                    d.DateInformation, d.Avis, d.MotifAvis, d.AvisLe, d.Decision, d.Montant, d.Pourcentage, d.DureeMois, d.DateEffet, d.DecideLe,
                    d.DateNotification, d.RepriseObligationsLe, d.MoisRestitues, d.AnnuleeSurRecoursLe,
                    d.Recours.OrderBy(r => r.DeposeLe).ThenBy(r => r.Id).Select(r => new RecoursPassage(r.Type, r.DeposeLe, r.Issue, r.IssueLe)).ToList()))
                .ToList(),
            Relances = relances.Where(r => r.PersonneId == p.Id).OrderByDescending(r => r.EnvoyeeLe).ThenByDescending(r => r.Rang)
                .Select(r => new { r.Nature, r.Rang, r.EnvoyeeLe, Libelle = thematiques.Where(t => t.Nature == r.Nature).Select(t => t.Libelle).FirstOrDefault() })
                .ToList(),
        }).SingleAsync(ct);
        return new(lu.Passages, [.. lu.Relances.Select(r => new RelancePersonne(r.Libelle ?? r.Nature.LibelleParDefaut(), r.Rang, r.EnvoyeeLe))]);
    }
}
