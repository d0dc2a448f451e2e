using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Diagnostic.Rome;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.OffresEmploi;

public sealed record FiltreOffres(string? Rome, TypeContratOffre? Contrat, string? Commune, StatutOffre? Statut);

public sealed record LigneOffre(int Id, string Intitule, string CodeRome, string? Metier, int EmployeurId, string Employeur, string Commune, TypeContratOffre TypeContrat,
    int? DureeMois, int HeuresHebdomadaires, int NombrePostes, DateOnly DatePublication, DateOnly? DateLimite, StatutOffre Statut);

public sealed record LigneMiseEnRelation(int Id, int Version, int OffreEmploiId, int PersonneId, string Personne, string Referent, StatutMiseEnRelation Statut,
    DateOnly DateProposition, DateOnly? DateReponse, DateOnly? DateEntretien, TypeContratOffre? TypeContrat, DateOnly? DateDebut, int? DureeMois,
    MotifNonRetenue? Motif, string? Commentaire, bool Rsa);

public sealed record FicheOffre(LigneOffre Offre, int Version, string CreePar, bool Geree, IReadOnlyList<LigneMiseEnRelation> MisesEnRelation);

/// <summary>The offers and mises en relation as their readers see them, always within <see cref="AccesOffresEmploi"/>.</summary>
public sealed class ConsultationOffres(AppDbContext db, AccesOffresEmploi acces, Communes.Communes communes, ReferentielRome rome)
{
    public async Task<Page<LigneOffre>> ListeAsync(FiltreOffres filtre, int? page, int? taille, CancellationToken ct)
    {
        var offres = await acces.VisiblesAsync(db.Set<OffreEmploi>().AsNoTracking(), ct);
        if (ReglesOffre.Rome(filtre.Rome) is { } code) offres = offres.Where(o => o.CodeRome == code);
        else if (!string.IsNullOrWhiteSpace(filtre.Rome)) offres = offres.Where(o => o.CodeRome.StartsWith(filtre.Rome.Trim().ToUpperInvariant()));
        if (filtre.Contrat is { } contrat) offres = offres.Where(o => o.TypeContrat == contrat);
        if (filtre.Statut is { } statut) offres = offres.Where(o => o.Statut == statut);
        if (!string.IsNullOrWhiteSpace(filtre.Commune))
        {
            var texte = filtre.Commune.Trim();
            var codes = communes.Trouver(texte) is { } c ? [c.CodeInsee] : communes.TrouverParNom(await db.CodeDepartementAsync(ct), texte).Select(x => x.CodeInsee).ToList();
            offres = offres.Where(o => codes.Contains(o.CodeInsee));
        }
        var lignes = await Projeter(offres.OrderByDescending(o => o.DatePublication).ThenByDescending(o => o.Id)).PaginerAsync(page, taille, ct);
        return lignes.Convertir(Completer);
    }

    /// <returns>null when the offer does not exist or is not visible to the reader (a 404 for pages and API alike).</returns>
    public async Task<FicheOffre?> FicheAsync(int id, CancellationToken ct)
    {
        var offre = await (await acces.VisiblesAsync(db.Set<OffreEmploi>().AsNoTracking(), ct)).Where(o => o.Id == id)
            .Select(o => new { o.Version, o.CreePar }).FirstOrDefaultAsync(ct);
        if (offre is null) return null;
        var ligne = Completer(await Projeter(db.Set<OffreEmploi>().AsNoTracking().Where(o => o.Id == id)).SingleAsync(ct));
        var geree = await acces.Gerees(db.Set<OffreEmploi>()).AnyAsync(o => o.Id == id, ct);
        var mises = await MisesEnRelationAsync(acces.MisesEnRelation(db.Set<MiseEnRelation>().AsNoTracking()).Where(m => m.OffreEmploiId == id), ct);
        return new FicheOffre(ligne, offre.Version, offre.CreePar, geree, mises);
    }

    public async Task<Page<LigneMiseEnRelation>> MisesEnRelationAsync(int? offreId, int? personneId, StatutMiseEnRelation? statut, int? page, int? taille, CancellationToken ct)
    {
        var mises = acces.MisesEnRelation(db.Set<MiseEnRelation>().AsNoTracking())
            .Where(m => (offreId == null || m.OffreEmploiId == offreId) && (personneId == null || m.PersonneId == personneId) && (statut == null || m.Statut == statut));
        var lignes = await ProjeterMises(mises.OrderByDescending(m => m.DateProposition).ThenByDescending(m => m.Id)).PaginerAsync(page, taille, ct);
        return lignes.Convertir(Nommer);
    }

    /// <summary>The people of the référent's caseload not yet proposed for the offer: the choices of « proposer une personne ».</summary>
    public async Task<IReadOnlyList<(int Id, string Nom)>> CandidatsAsync(int offreId, string referentId, CancellationToken ct) =>
        [.. (await db.Set<Parcours>().AsNoTracking().Where(p => p.DateCloture == null && p.ReferentId == referentId)
                .Where(p => !db.Set<MiseEnRelation>().Any(m => m.OffreEmploiId == offreId && m.PersonneId == p.PersonneId))
                .OrderBy(p => p.Personne!.Nom).ThenBy(p => p.Personne!.Prenoms).Select(p => new { p.PersonneId, p.Personne!.Nom, p.Personne.Prenoms }).Take(500).ToListAsync(ct))
            .Select(p => (p.PersonneId, NomPersonne.Afficher(p.Nom, p.Prenoms)))];

    private async Task<IReadOnlyList<LigneMiseEnRelation>> MisesEnRelationAsync(IQueryable<MiseEnRelation> mises, CancellationToken ct) =>
        [.. (await ProjeterMises(mises.OrderByDescending(m => m.DateProposition).ThenByDescending(m => m.Id)).ToListAsync(ct)).Select(Nommer)];

    private static IQueryable<LigneOffre> Projeter(IQueryable<OffreEmploi> offres) =>
        offres.Select(o => new LigneOffre(o.Id, o.Intitule, o.CodeRome, null, o.EmployeurId, o.Employeur!.RaisonSociale, o.CodeInsee, o.TypeContrat, o.DureeMois,
            o.HeuresHebdomadaires, o.NombrePostes, o.DatePublication, o.DateLimite, o.Statut));

    private IQueryable<LigneMiseEnRelation> ProjeterMises(IQueryable<MiseEnRelation> mises) =>
        mises.Select(m => new LigneMiseEnRelation(m.Id, m.Version, m.OffreEmploiId, m.PersonneId, m.Personne!.Nom + "|" + m.Personne.Prenoms,
            db.Users.Where(u => u.Id == m.ReferentId).Select(u => u.Prenom + " " + u.Nom).FirstOrDefault() ?? "", m.Statut, m.DateProposition, m.DateReponse,
            m.DateEntretien, m.TypeContrat, m.DateDebut, m.DureeMois, m.Motif, m.Commentaire, m.Rsa));

    private LigneOffre Completer(LigneOffre o) => o with { Metier = rome.Trouver(o.CodeRome)?.Libelle, Commune = communes.Trouver(o.Commune)?.Nom ?? o.Commune };

    private static LigneMiseEnRelation Nommer(LigneMiseEnRelation m)
    {
        var parties = m.Personne.Split('|', 2);
        return m with { Personne = NomPersonne.Afficher(parties[0], parties.Length > 1 ? parties[1] : "") };
    }
}
