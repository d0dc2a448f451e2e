using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Communes;
using Passerelle.Web.Features.Dossiers.Fiche;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Dossiers.Recherche;

public enum TriDossiers { Nom, Naissance, Commune, Etat }

/// <summary>A person found, with their current dossier, as read from the database (NIR encrypted).</summary>
public sealed record LigneDossier(int PersonneId, int DossierId, string CleIdentite, string Nom, string Prenoms, DateOnly DateNaissance,
    string? NirChiffre, string? Role, string NumDemRsa, string? Commune, int? TerritoireId, string? EtatDroit, bool Sdd);

/// <summary>A person found, as the user may see it: NIR masked for roles that do not need it, codes with their labels.</summary>
public sealed record ResultatDossier(int PersonneId, int DossierId, string Nom, string Prenoms, DateOnly DateNaissance, string Nir,
    string? Role, string RoleLibelle, string NumDemRsa, string? Commune, string? Territoire, string? EtatDroit, string EtatDroitLibelle,
    bool SoumisDroitsDevoirs);

/// <summary>The persons matching the criteria, in list order, and whether a name was searched.</summary>
public sealed record RequeteDossiers(IQueryable<Personne> Personnes, bool ParNom)
{
    public IQueryable<LigneDossier> Lignes => RechercheDossiers.Lire(Personnes);
}

/// <summary>The search of persons and their dossiers shared by the page, its exports and the API, always within the user's scope.</summary>
public sealed class RechercheDossiers(PerimetreDossiers perimetreDossiers, AppDbContext db, CommunesDuDepartement communes, CacheDepartement cache, ProtectionNir protection)
{
    private Dictionary<int, string>? territoires;

    public PerimetreDossiers Perimetre { get; } = perimetreDossiers;

    /// <summary>The territoires the user may search in, by name.</summary>
    public async Task<IReadOnlyDictionary<int, string>> TerritoiresAsync(CancellationToken ct) =>
        territoires ??= (await TerritoiresDuDepartement.ListerAsync(db, cache, ct)).Where(t => Perimetre.Couvre(t.Id)).ToDictionary(t => t.Id, t => t.Nom);

    /// <summary>The ordered query of the persons matching the criteria, or the reason of each refused criterion.</summary>
    public async Task<(RequeteDossiers? Requete, IReadOnlyDictionary<string, string> Erreurs)> PreparerAsync(
        FiltreDossiers filtre, TriDossiers tri, bool decroissant, CancellationToken ct)
    {
        var permis = (await TerritoiresAsync(ct)).Keys.ToList();
        var (criteres, erreurs) = await filtre.ResoudreAsync(communes, permis, protection, ct);
        if (criteres is null) return (null, erreurs);
        var personnes = Perimetre.Filtrer(db.Personnes.AsNoTracking()).Where(p => p.FusionneeDansId == null && p.DossierCourantId != null);
        personnes = criteres.Appliquer(personnes, db.HistoriqueDroits);
        return (new RequeteDossiers(Trier(personnes, tri, decroissant), criteres.CleNom is not null), erreurs);
    }

    public static IQueryable<LigneDossier> Lire(IQueryable<Personne> personnes) => personnes.Select(p => new LigneDossier(p.Id, p.DossierCourant!.Id,
        p.CleIdentite, p.Nom, p.Prenoms, p.DateNaissance, p.NirChiffre, p.RoleCourant, p.DossierCourant.NumDemRsa, p.DossierCourant.Commune,
        p.DossierCourant.TerritoireId, p.EtatDroit, p.SoumisDroitsDevoirs));

    /// <summary>
    /// One page of the search. With a name, every person of the scope is read whatever happens (any word of
    /// the name may match, no index can seek it): their ids are read once in list order and give both the
    /// total and the page, where a count then a page would each read them all (SQLite and PostgreSQL, 100,000
    /// persons: one scan instead of two, the second stopping only at the page's last match).
    /// </summary>
    public async Task<Page<ResultatDossier>> PaginerAsync(RequeteDossiers requete, int? numero, int? taille, CancellationToken ct)
    {
        if (!requete.ParNom) return (await requete.Lignes.PaginerAsync(numero, taille, ct)).Convertir(Presenter);
        var ids = await requete.Personnes.Select(p => p.Id).ToListAsync(ct);
        var (n, t) = Pagination.Bornes(numero, taille);
        var page = ids.Skip((n - 1) * t).Take(t).ToList();
        var lignes = page.Count == 0 ? [] : await Lire(requete.Personnes.Where(p => page.Contains(p.Id))).ToListAsync(ct);
        return new Page<ResultatDossier>([.. lignes.Select(Presenter)], n, t, ids.Count);
    }

    public ResultatDossier Presenter(LigneDossier l) => new(
        l.PersonneId, l.DossierId, l.Nom, l.Prenoms, l.DateNaissance, Perimetre.AfficherNir(protection.Lire(l.NirChiffre)),
        l.Role, LibellesFoyer.Role(l.Role), l.NumDemRsa, l.Commune,
        l.TerritoireId is int t && territoires is not null && territoires.TryGetValue(t, out var nom) ? nom : null,
        l.EtatDroit, EtatsDroit.Libelle(l.EtatDroit), l.Sdd);

    /// <summary>Ties are broken by name then id, so pages never repeat or skip a row.</summary>
    private static IQueryable<Personne> Trier(IQueryable<Personne> personnes, TriDossiers tri, bool decroissant)
    {
        var triees = tri switch
        {
            TriDossiers.Naissance => decroissant ? personnes.OrderByDescending(p => p.DateNaissance) : personnes.OrderBy(p => p.DateNaissance),
            TriDossiers.Commune => decroissant ? personnes.OrderByDescending(p => p.DossierCourant!.Commune) : personnes.OrderBy(p => p.DossierCourant!.Commune),
            TriDossiers.Etat => decroissant ? personnes.OrderByDescending(p => p.EtatDroit) : personnes.OrderBy(p => p.EtatDroit),
            _ => decroissant ? personnes.OrderByDescending(p => p.CleIdentite) : personnes.OrderBy(p => p.CleIdentite),
        };
        return triees.ThenBy(p => p.CleIdentite).ThenBy(p => p.Id);
    }
}
