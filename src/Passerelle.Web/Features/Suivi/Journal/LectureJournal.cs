using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Suivi.Journal;

public sealed record LigneEcrit(int Id, NatureEcrit Nature, Confidentialite Confidentialite, DateTime Date, string Texte, string Auteur, DateTime EcritLe);

public sealed record LigneObjectif(int Id, int Version, int? ObjectifParentId, string Libelle, DateOnly? Echeance, StatutObjectif Statut, DateTime StatutLe, string StatutPar);

public sealed record LigneDominante(string Code, string Libelle, DateOnly DateDebut, DateOnly? DateFin, string ChoisiePar);

/// <summary>The journal as one reader may read it, for the page, the timeline and the API alike.</summary>
public sealed record JournalPersonne(IReadOnlyList<LigneEcrit> Ecrits, IReadOnlyList<LigneObjectif> Objectifs, IReadOnlyList<LigneDominante> Dominantes);

/// <summary>
/// Reads a person's journal for the current user: entries marked « référent seulement » only for
/// their author and the person's current référent; objectives and dominantes for every reader.
/// </summary>
public sealed class LectureJournal(AppDbContext db, ProfilSuivi profil)
{
    public async Task<IQueryable<EcritJournal>> EcritsLisiblesAsync(int personneId, CancellationToken ct)
    {
        var roles = await profil.PourAsync(personneId, ct);
        var lecteur = roles.UtilisateurId;
        var referent = roles.EstReferent;
        return db.Set<EcritJournal>().AsNoTracking().Where(e => e.PersonneId == personneId
            && (e.Confidentialite == Confidentialite.Equipe || referent || e.AuteurId == lecteur));
    }

    public async Task<JournalPersonne> LireAsync(int personneId, CancellationToken ct)
    {
        var ecrits = await (await EcritsLisiblesAsync(personneId, ct)).OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
            .Select(e => new LigneEcrit(e.Id, e.Nature, e.Confidentialite, e.Date, e.Texte, e.Auteur, e.EcritLe)).ToListAsync(ct);
        var objectifs = await db.Set<Objectif>().AsNoTracking().Where(o => o.PersonneId == personneId).OrderBy(o => o.Id)
            .Select(o => new LigneObjectif(o.Id, o.Version, o.ObjectifParentId, o.Libelle, o.Echeance, o.Statut, o.StatutLe, o.StatutPar)).ToListAsync(ct);
        var dominantes = await db.Set<DominanteAccompagnement>().AsNoTracking().Where(d => d.PersonneId == personneId)
            .OrderByDescending(d => d.DateDebut).ThenByDescending(d => d.Id)
            .Select(d => new LigneDominante(d.Code, d.Libelle, d.DateDebut, d.DateFin, d.ChoisiePar)).ToListAsync(ct);
        return new(ecrits, objectifs, dominantes);
    }
}
