using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Suivi.Equipe;

public sealed record LigneMembre(int Id, int Version, string Nom, string Email, string Structure, string Fonction, StatutMembre Statut,
    DateOnly DateFin, string DemandePar, string? DecidePar, DateTime? RetireLe);

public sealed record LigneConsentement(DateOnly DonneLe, ModeConsentement Mode, string RecueilliPar, DateTime? RetireLe, string? RetirePar);

/// <param name="Consentements">Latest first; the first one without a withdrawal is in force.</param>
public sealed record EquipePersonne(IReadOnlyList<LigneMembre> Membres, IReadOnlyList<LigneConsentement> Consentements)
{
    public LigneConsentement? EnVigueur => Consentements.FirstOrDefault(c => c.RetireLe is null);
}

public sealed class LectureEquipe(AppDbContext db)
{
    public async Task<EquipePersonne> LireAsync(int personneId, CancellationToken ct) => new(
        await db.Set<MembreEquipe>().AsNoTracking().Where(m => m.PersonneId == personneId).OrderByDescending(m => m.DemandeLe)
            .Select(m => new LigneMembre(m.Id, m.Version, m.Utilisateur!.Prenom + " " + m.Utilisateur.Nom, m.Utilisateur.Email ?? "", m.Structure!.Nom,
                m.Fonction, m.Statut, m.DateFin, m.DemandePar, m.DecidePar, m.RetireLe)).ToListAsync(ct),
        await db.Set<ConsentementPartage>().AsNoTracking().Where(c => c.PersonneId == personneId).OrderByDescending(c => c.EnregistreLe)
            .Select(c => new LigneConsentement(c.DonneLe, c.Mode, c.RecueilliPar, c.RetireLe, c.RetirePar)).ToListAsync(ct));
}
