using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Parrainage;

public sealed record LigneParrainage(int Id, string Parrain, string Filleul, StatutParrainage Statut, DateOnly DateDebut, DateOnly DateFinPrevue, IssueParrainage? Issue, int Rencontres);

public sealed record RencontreLue(DateOnly Date, int DureeMinutes, string Sujet, string? Note, string SaisiePar);

/// <param name="PersonneId">Null for the mentor: they reach the person only through <see cref="Partage"/>.</param>
public sealed record FicheParrainage(int Id, int Version, int? PersonneId, string Parrain, string MetierParrain, string ProposePar, DateTime ProposeLe,
    DateOnly DateDebut, DateOnly DateFinPrevue, string Objectifs, InformationsFilleul Partage, StatutParrainage Statut, DateOnly? CommenceLe, DateOnly? DateFin,
    IssueParrainage? Issue, IReadOnlyList<RencontreLue> Rencontres, IReadOnlyList<ActeParrainage> Actes);

/// <summary>The pairings as their readers see them, always within <see cref="AccesParrainages"/>.</summary>
public sealed class ConsultationParrainages(AppDbContext db, AccesParrainages acces)
{
    /// <param name="personneId">The pairings of one person; all those the reader reaches otherwise.</param>
    /// <param name="miens">Only the pairings where the reader is the mentor (their « filleuls »).</param>
    public async Task<Page<LigneParrainage>> ListeAsync(int? personneId, bool miens, int? page, int? taille, CancellationToken ct)
    {
        var parrainages = acces.Visibles().AsNoTracking();
        if (personneId is int personne) parrainages = parrainages.Where(p => p.PersonneId == personne);
        if (miens)
        {
            var moi = acces.UtilisateurId;
            parrainages = parrainages.Where(p => db.Set<Parrain>().Any(x => x.Id == p.ParrainId && x.UtilisateurId == moi));
        }
        var lignes = await parrainages.OrderByDescending(p => p.DateDebut).ThenByDescending(p => p.Id)
            .Select(p => new
            {
                p.Id,
                Parrain = db.Set<Parrain>().Where(x => x.Id == p.ParrainId).Join(db.Users, x => x.UtilisateurId, u => u.Id, (x, u) => u.Prenom + " " + u.Nom).First(),
                p.Partage,
                p.Statut,
                p.DateDebut,
                p.DateFinPrevue,
                p.Issue,
                Rencontres = p.Rencontres.Count,
            }).PaginerAsync(page, taille, ct);
        return lignes.Convertir(p => new LigneParrainage(p.Id, p.Parrain, p.Partage.Prenom, p.Statut, p.DateDebut, p.DateFinPrevue, p.Issue, p.Rencontres));
    }

    /// <returns>null when the pairing does not exist or is out of the reader's reach (a 404 for pages and API alike).</returns>
    public async Task<FicheParrainage?> FicheAsync(int id, CancellationToken ct)
    {
        var p = await acces.Visibles().AsNoTracking().Include(x => x.Rencontres).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return null;
        var parrain = await db.Set<Parrain>().Where(x => x.Id == p.ParrainId)
            .Join(db.Users, x => x.UtilisateurId, u => u.Id, (x, u) => new { Nom = u.Prenom + " " + u.Nom, x.Metier }).SingleAsync(ct);
        var acteur = await acces.ActeurAsync(p, ct);
        return new FicheParrainage(p.Id, p.Version, acteur == ActeurParrainage.Parrain ? null : p.PersonneId, parrain.Nom, parrain.Metier, p.ProposeParNom, p.ProposeLe,
            p.DateDebut, p.DateFinPrevue, p.Objectifs, p.Partage, p.Statut, p.CommenceLe, p.DateFin, p.Issue,
            [.. p.Rencontres.OrderByDescending(r => r.Date).ThenByDescending(r => r.Id).Select(r => new RencontreLue(r.Date, r.DureeMinutes, r.Sujet, r.Note, r.SaisiePar))],
            [.. TransitionsParrainage.Possibles(p.Statut, acteur)]);
    }
}
