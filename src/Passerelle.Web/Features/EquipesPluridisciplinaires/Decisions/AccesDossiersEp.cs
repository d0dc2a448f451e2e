using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions;

/// <summary>The dossiers the decisions' pages, API and services reach: <see cref="PerimetreEp"/>'s, acted on by agents only.</summary>
public sealed class AccesDossiersEp(AppDbContext db, PerimetreEp perimetre)
{
    public static readonly ResultatAction HorsPerimetre = ResultatAction.Refus("Ce dossier d'équipe pluridisciplinaire n'existe pas ou n'est pas dans votre périmètre.");
    public static readonly ResultatAction RoleInsuffisant = ResultatAction.Refus("Seul un agent du département agit sur les dossiers d'équipe pluridisciplinaire.");
    public static readonly ResultatAction Conflit =
        ResultatAction.Refus("Ce dossier vient d'être modifié par un autre utilisateur : rechargez la page pour le voir à jour, puis recommencez.");

    public bool PeutAgir => perimetre.PeutAgir;
    public bool ToutLeDepartement => perimetre.ToutLeDepartement;

    public IQueryable<DossierEp> Atteints() => perimetre.Dossiers(db.Set<DossierEp>());

    /// <summary>The dossier, tracked, with its session and thématique; null outside the user's reach.</summary>
    public Task<DossierEp?> ChargerAsync(int id, CancellationToken ct) =>
        Atteints().Include(d => d.Seance).Include(d => d.Thematique).FirstOrDefaultAsync(d => d.Id == id, ct);

    /// <summary>How many sanctions of the person, other than this dossier's, still stand (not cancelled on appeal): 0 is a first passage.</summary>
    public Task<int> RangPassageAsync(int personneId, int dossierId, CancellationToken ct)
    {
        TypeDecisionEp?[] sanctions = [.. Enum.GetValues<TypeDecisionEp>().Where(t => t.EstSanction()).Select(t => (TypeDecisionEp?)t)];
        return db.Set<DossierEp>().CountAsync(d => d.PersonneId == personneId && d.Id != dossierId && d.Statut == StatutDossierEp.Decide
            && d.AnnuleeSurRecoursLe == null && sanctions.Contains(d.Decision), ct);
    }
}
