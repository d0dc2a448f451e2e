using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Dossiers.Avertissements;

/// <summary>The criteria of the queue; all optional.</summary>
public sealed record FiltreAvertissements(NatureAvertissement? Nature = null, int? ImportId = null, int? TerritoireId = null, int? DossierId = null);

/// <summary>One open warning as the queue, the dossier page and the API show it.</summary>
public sealed record LigneAvertissement(
    int Id, int DossierId, string NumDemRsa, int? PersonneId, string? Personne, NatureAvertissement Nature, string NatureLibelle,
    string Message, string? Champ, string? Valeur, int ImportId, string? NomFichier, DateTime? DateImport, int Ligne, string? Territoire);

/// <summary>
/// The open warnings the user may see: those of the dossiers in their scope (<see cref="PerimetreDossiers"/>),
/// newest first. Shared by the queue page, its API and the dossier page.
/// </summary>
public sealed class RequeteAvertissements(PerimetreDossiers perimetreDossiers, AppDbContext db, CacheDepartement cache)
{
    public PerimetreDossiers Perimetre { get; } = perimetreDossiers;

    public IQueryable<LigneAvertissement> Ouverts(FiltreAvertissements filtre)
    {
        var dossiers = Perimetre.Filtrer(db.Dossiers).Select(d => d.Id);
        var requete = db.AvertissementsDossier.Where(a => a.Statut == StatutAvertissement.Ouvert && dossiers.Contains(a.DossierId));
        if (filtre.Nature is { } nature) requete = requete.Where(a => a.Nature == nature);
        if (filtre.ImportId is { } import) requete = requete.Where(a => a.ImportId == import);
        if (filtre.DossierId is { } dossier) requete = requete.Where(a => a.DossierId == dossier);
        if (filtre.TerritoireId is { } territoire) requete = requete.Where(a => a.Dossier!.TerritoireId == territoire);
        return Lignes(db, requete);
    }

    /// <summary>The warnings as rows, newest first; the dossier page reads its own through this too.</summary>
    public static IQueryable<LigneAvertissement> Lignes(AppDbContext db, IQueryable<AvertissementDossier> avertissements) =>
        avertissements.OrderByDescending(a => a.Id).Select(a => new LigneAvertissement(
            a.Id, a.DossierId, a.Dossier!.NumDemRsa, a.PersonneId, a.Personne == null ? null : a.Personne.Prenoms + " " + a.Personne.Nom,
            a.Nature, "", a.Message, a.Champ, a.Valeur, a.ImportId,
            db.Imports.Where(i => i.Id == a.ImportId).Select(i => i.NomFichier).FirstOrDefault(),
            db.Imports.Where(i => i.Id == a.ImportId).Select(i => (DateTime?)i.CreeLe).FirstOrDefault(), a.Ligne,
            db.Territoires.Where(t => t.Id == a.Dossier.TerritoireId).Select(t => t.Nom).FirstOrDefault()));

    /// <summary>The labels are French text, added once the page is read.</summary>
    public static LigneAvertissement Presenter(LigneAvertissement ligne) => ligne with { NatureLibelle = AvertissementDossier.Libelle(ligne.Nature) };

    /// <summary>The territoires the user may filter on.</summary>
    public async Task<Dictionary<int, string>> TerritoiresAsync(CancellationToken ct) =>
        (await TerritoiresDuDepartement.ListerAsync(db, cache, ct)).Where(t => Perimetre.Couvre(t.Id)).ToDictionary(t => t.Id, t => t.Nom);
}
