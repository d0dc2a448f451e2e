using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Employeurs;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.OffresEmploi;

/// <summary>
/// The writing of job offers by the staff who keep employers: the field rules (<see cref="ReglesOffre"/>), an employer they
/// reach, the territoire from the post's commune, the status through <see cref="TransitionsOffre"/>; one audit entry each.
/// </summary>
public sealed class ServiceOffres(AppDbContext db, AccesOffresEmploi acces, AccesEmployeurs employeurs, Communes.Communes communes, AuditJournal audit,
    CurrentUser user, HeureLegale heure)
{
    public const string ActionCreation = "offre-emploi-creation", ActionModification = "offre-emploi-modification", ActionStatut = "offre-emploi-statut";

    public static readonly ResultatAction Introuvable = ResultatAction.Refus("Cette offre n'existe pas ou n'est pas dans votre périmètre.");

    private static readonly ResultatAction Conflit = ResultatAction.Refus("Cette offre vient d'être modifiée par quelqu'un d'autre : rechargez la page, puis recommencez.");

    private string Auteur => user.NomComplet ?? user.Email ?? "système";

    public async Task<Ecriture> CreerAsync(SaisieOffre saisie, CancellationToken ct)
    {
        if (!acces.Gestionnaire) return Ecriture.Refus("Seuls les chargés de relation entreprise et les agents enregistrent des offres.");
        var (lue, erreurs) = await LireAsync(saisie, ct);
        if (lue is null) return Ecriture.Champs(erreurs);
        var offre = new OffreEmploi { Intitule = lue.Intitule, CodeRome = lue.CodeRome, CodeInsee = lue.CodeInsee, CreePar = Auteur, CreeLe = heure.MaintenantUtc };
        await RemplirAsync(offre, lue, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(offre);
        await db.SaveChangesAsync(ct);
        audit.Enregistrer(ActionCreation, nameof(OffreEmploi), offre.Id, $"{lue.Intitule} ({lue.CodeRome})");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return Ecriture.De(ResultatAction.Ok($"Offre « {lue.Intitule} » enregistrée."), offre.Id);
    }

    public async Task<Ecriture> ModifierAsync(int id, int version, SaisieOffre saisie, CancellationToken ct)
    {
        if (await acces.Gerees(db.Set<OffreEmploi>()).FirstOrDefaultAsync(o => o.Id == id, ct) is not { } offre) return Ecriture.De(Introuvable);
        var (lue, erreurs) = await LireAsync(saisie, ct);
        if (lue is null) return new(db.Abandonner(ResultatAction.Refus(Resume(erreurs))), erreurs);
        db.Entry(offre).Property(o => o.Version).OriginalValue = version;
        await RemplirAsync(offre, lue, ct);
        audit.Enregistrer(ActionModification, nameof(OffreEmploi), id, $"{lue.Intitule} ({lue.CodeRome})");
        return Ecriture.De(await db.SauverActionAsync("Offre modifiée.", Conflit, ct), id);
    }

    public async Task<Ecriture> ChangerStatutAsync(int id, int version, StatutOffre? statut, CancellationToken ct)
    {
        if (await acces.Gerees(db.Set<OffreEmploi>()).FirstOrDefaultAsync(o => o.Id == id, ct) is not { } offre) return Ecriture.De(Introuvable);
        if (statut is not { } vers || !Enum.IsDefined(vers)) return Ecriture.Champ("Statut", "Choisissez le nouveau statut de l'offre.");
        if (!TransitionsOffre.EstPermise(offre.Statut, vers)) return Ecriture.Champ("Statut", TransitionsOffre.Refus(offre.Statut, vers));
        db.Entry(offre).Property(o => o.Version).OriginalValue = version;
        (offre.Statut, offre.ModifieLe) = (vers, heure.MaintenantUtc);
        audit.Enregistrer(ActionStatut, nameof(OffreEmploi), id, vers.ToString());
        return Ecriture.De(await db.SauverActionAsync($"Offre passée à « {vers.Libelle()} ».", Conflit, ct), id);
    }

    /// <summary>The employers this user may record an offer for, by name: the choices of the form.</summary>
    public async Task<IReadOnlyList<(int Id, string Nom)>> EmployeursPossiblesAsync(CancellationToken ct) =>
        [.. (await employeurs.Atteints(db.Set<Employeur>().AsNoTracking()).OrderBy(e => e.RaisonSociale).Select(e => new { e.Id, e.RaisonSociale }).ToListAsync(ct))
            .Select(e => (e.Id, e.RaisonSociale))];

    private async Task<(OffreLue? Lue, IReadOnlyDictionary<string, string> Erreurs)> LireAsync(SaisieOffre saisie, CancellationToken ct)
    {
        var departement = await db.CodeDepartementAsync(ct);
        var (lue, erreurs) = ReglesOffre.Lire(saisie, heure.Aujourdhui, c => Offre.ResolutionCommune.Resoudre(communes, departement, c));
        if (lue is null) return (null, erreurs);
        if (!await employeurs.Atteints(db.Set<Employeur>()).AnyAsync(e => e.Id == lue.EmployeurId, ct))
            return (null, new Dictionary<string, string> { [nameof(SaisieOffre.EmployeurId)] = "Cet employeur n'existe pas ou n'est pas dans votre périmètre." });
        return (lue, erreurs);
    }

    private async Task RemplirAsync(OffreEmploi o, OffreLue lue, CancellationToken ct)
    {
        var territoire = await db.Set<TerritoireCommune>().Where(t => t.CodeInsee == lue.CodeInsee).Select(t => (int?)t.TerritoireId).FirstOrDefaultAsync(ct);
        (o.EmployeurId, o.Intitule, o.CodeRome, o.TypeContrat, o.DureeMois, o.HeuresHebdomadaires) =
            (lue.EmployeurId, lue.Intitule, lue.CodeRome, lue.TypeContrat, lue.DureeMois, lue.HeuresHebdomadaires);
        (o.CodeInsee, o.TerritoireId, o.NombrePostes, o.DatePublication, o.DateLimite, o.ModifieLe) =
            (lue.CodeInsee, territoire, lue.NombrePostes, lue.DatePublication, lue.DateLimite, heure.MaintenantUtc);
    }

    private static string Resume(IReadOnlyDictionary<string, string> erreurs) => string.Join(" ", erreurs.Values);
}
