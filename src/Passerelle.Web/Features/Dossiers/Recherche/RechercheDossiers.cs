using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Communes;
using Passerelle.Web.Features.Dossiers.Fiche;

namespace Passerelle.Web.Features.Dossiers.Recherche;

public enum TriDossiers { Nom, Naissance, Commune, Etat }

/// <summary>A person found, with their current dossier, as read from the database (NIR in clear).</summary>
public sealed record LigneDossier(int PersonneId, int DossierId, string CleIdentite, string Nom, string Prenoms, DateOnly DateNaissance,
    string? Nir, string? Role, string NumDemRsa, string? Commune, int? TerritoireId, string? EtatDroit, bool Sdd);

/// <summary>A person found, as the user may see it: NIR masked for roles that do not need it, codes with their labels.</summary>
public sealed record ResultatDossier(int PersonneId, int DossierId, string Nom, string Prenoms, DateOnly DateNaissance, string Nir,
    string? Role, string RoleLibelle, string NumDemRsa, string? Commune, string? Territoire, string? EtatDroit, string EtatDroitLibelle,
    bool SoumisDroitsDevoirs);

/// <summary>The search of persons and their dossiers shared by the page, its exports and the API, always within the user's scope.</summary>
public sealed class RechercheDossiers(AppDbContext db, CommunesDuDepartement communes, CurrentUser user)
{
    private Dictionary<int, string>? territoires;

    public PerimetreDossiers Perimetre { get; } = PerimetreDossiers.De(user, db);

    /// <summary>The territoires the user may search in, by name.</summary>
    public async Task<IReadOnlyDictionary<int, string>> TerritoiresAsync(CancellationToken ct) =>
        territoires ??= await Perimetre.Filtrer(db.Territoires.AsNoTracking()).OrderBy(t => t.Nom).ToDictionaryAsync(t => t.Id, t => t.Nom, ct);

    /// <summary>The ordered query of the persons matching the criteria, or the reason of each refused criterion.</summary>
    public async Task<(IQueryable<LigneDossier>? Requete, IReadOnlyDictionary<string, string> Erreurs)> PreparerAsync(
        FiltreDossiers filtre, TriDossiers tri, bool decroissant, CancellationToken ct)
    {
        var permis = (await TerritoiresAsync(ct)).Keys.ToList();
        var (criteres, erreurs) = await filtre.ResoudreAsync(communes, permis, ct);
        if (criteres is null) return (null, erreurs);
        var personnes = Perimetre.Filtrer(db.Personnes.AsNoTracking()).Where(p => p.FusionneeDansId == null);
        personnes = criteres.Appliquer(personnes, db.HistoriqueDroits);
        return (Trier(personnes, tri, decroissant).Select(p => new LigneDossier(p.Id, p.DossierCourant!.Id, p.CleIdentite, p.Nom, p.Prenoms, p.DateNaissance,
            p.Nir, p.RoleCourant, p.DossierCourant.NumDemRsa, p.DossierCourant.Commune, p.DossierCourant.TerritoireId, p.EtatDroit,
            p.SoumisDroitsDevoirs)), erreurs);
    }

    public ResultatDossier Presenter(LigneDossier l) => new(
        l.PersonneId, l.DossierId, l.Nom, l.Prenoms, l.DateNaissance, Perimetre.AfficherNir(l.Nir),
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
