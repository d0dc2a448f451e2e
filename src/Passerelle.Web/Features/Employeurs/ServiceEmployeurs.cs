using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Employeurs;

/// <summary>
/// The writing of employers, their contacts and the exchanges with them: scope (<see cref="AccesEmployeurs"/>), the field
/// rules (<see cref="ReglesEmployeur"/>), one employer per SIRET in the département, the chargé chosen among the
/// département's staff, the version of the employer changed, one audit entry with each write.
/// </summary>
public sealed class ServiceEmployeurs(AppDbContext db, AccesEmployeurs acces, Communes.Communes communes, AuditJournal audit, CurrentUser user, HeureLegale heure)
{
    public const string ActionCreation = "employeur-creation", ActionModification = "employeur-modification",
        ActionContact = "employeur-contact", ActionEchange = "employeur-echange";

    public static readonly ResultatAction Introuvable = ResultatAction.Refus("Cet employeur n'existe pas ou n'est pas dans votre périmètre.");

    private static readonly ResultatAction Conflit =
        ResultatAction.Refus("Cet employeur vient d'être modifié par quelqu'un d'autre : rechargez la page, puis recommencez.");

    private string Auteur => user.NomComplet ?? user.Email ?? "système";

    public async Task<Ecriture> CreerAsync(SaisieEmployeur saisie, CancellationToken ct)
    {
        var (lu, erreurs) = await LireAsync(saisie, null, ct);
        if (lu is null) return Ecriture.Champs(erreurs);
        var territoire = await TerritoireAsync(lu.CodeInsee, ct);
        if (!acces.Couvre(territoire)) return Ecriture.Champ(nameof(SaisieEmployeur.Commune), "Cette commune n'est pas dans vos territoires : l'employeur serait hors de votre périmètre.");
        var employeur = new Employeur { Siret = lu.Siret, RaisonSociale = lu.RaisonSociale, CodeInsee = lu.CodeInsee, CreePar = Auteur, CreeLe = heure.MaintenantUtc };
        Remplir(employeur, lu, territoire, heure.MaintenantUtc);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(employeur);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique (département, SIRET) index: another user recorded it a moment ago.
            db.ChangeTracker.Clear();
            return Ecriture.Champ(nameof(SaisieEmployeur.Siret), $"Un employeur a déjà le SIRET {lu.Siret} : il vient d'être enregistré par quelqu'un d'autre.");
        }
        audit.Enregistrer(ActionCreation, nameof(Employeur), employeur.Id, $"{lu.RaisonSociale} (SIRET {lu.Siret})");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return Ecriture.De(ResultatAction.Ok($"Employeur « {lu.RaisonSociale} » enregistré."), employeur.Id);
    }

    public async Task<Ecriture> ModifierAsync(int id, int version, SaisieEmployeur saisie, CancellationToken ct)
    {
        if (await acces.Atteints(db.Set<Employeur>()).FirstOrDefaultAsync(e => e.Id == id, ct) is not { } employeur) return Ecriture.De(Introuvable);
        var (lu, erreurs) = await LireAsync(saisie, id, ct);
        if (lu is null) return new(db.Abandonner(ResultatAction.Refus(Resume(erreurs))), erreurs);
        var territoire = await TerritoireAsync(lu.CodeInsee, ct);
        if (!acces.Couvre(territoire)) return Ecriture.Champ(nameof(SaisieEmployeur.Commune), "Cette commune n'est pas dans vos territoires : l'employeur sortirait de votre périmètre.");
        db.Entry(employeur).Property(e => e.Version).OriginalValue = version;
        employeur.Siret = lu.Siret;
        Remplir(employeur, lu, territoire, heure.MaintenantUtc);
        audit.Enregistrer(ActionModification, nameof(Employeur), id, $"{lu.RaisonSociale} (SIRET {lu.Siret})");
        return Ecriture.De(await db.SauverActionAsync("Employeur modifié.", Conflit, ct), id);
    }

    public async Task<Ecriture> AjouterContactAsync(int id, string? nom, string? fonction, string? telephone, string? courriel, CancellationToken ct)
    {
        if (!await acces.Atteints(db.Set<Employeur>()).AnyAsync(e => e.Id == id, ct)) return Ecriture.De(Introuvable);
        if (string.IsNullOrWhiteSpace(nom)) return Ecriture.Champ("Nom", "Indiquez le nom du contact.");
        if (!string.IsNullOrWhiteSpace(courriel) && !courriel.Contains('@', StringComparison.Ordinal)) return Ecriture.Champ("Courriel", "L'adresse électronique du contact n'est pas valide.");
        db.Add(new ContactEmployeur { EmployeurId = id, Nom = nom.Trim(), Fonction = Texte(fonction), Telephone = Texte(telephone), Courriel = Texte(courriel) });
        audit.Enregistrer(ActionContact, nameof(Employeur), id, nom.Trim());
        return Ecriture.De(await db.SauverActionAsync("Contact ajouté.", Conflit, ct), id);
    }

    public async Task<Ecriture> AjouterEchangeAsync(int id, DateOnly? date, TypeEchange? type, string? objet, CancellationToken ct)
    {
        if (!await acces.Atteints(db.Set<Employeur>()).AnyAsync(e => e.Id == id, ct)) return Ecriture.De(Introuvable);
        if (date is not DateOnly jour) return Ecriture.Champ("Date", "Indiquez la date de l'échange.");
        if (jour > heure.Aujourdhui) return Ecriture.Champ("Date", "Un échange se note une fois qu'il a eu lieu : la date ne peut pas être future.");
        if (string.IsNullOrWhiteSpace(objet)) return Ecriture.Champ("Objet", "Indiquez l'objet de l'échange.");
        db.Add(new EchangeEmployeur { EmployeurId = id, Date = jour, Type = type ?? TypeEchange.Visite, Objet = objet.Trim(), Par = Auteur, SaisiLe = heure.MaintenantUtc });
        audit.Enregistrer(ActionEchange, nameof(Employeur), id, $"{jour:yyyy-MM-dd} {type}");
        return Ecriture.De(await db.SauverActionAsync("Échange noté.", Conflit, ct), id);
    }

    /// <summary>The département's staff who may follow employers, by name: the choices of « chargé de relation ».</summary>
    public async Task<IReadOnlyList<(string Id, string Nom)>> ChargesPossiblesAsync(CancellationToken ct) =>
        [.. (await db.Habilitations.Where(h => h.Role == Role.ChargeRelationEntreprise || h.Role == Role.AgentDepartemental)
            .Join(db.Users, h => h.UtilisateurId, u => u.Id, (h, u) => new { u.Id, u.Prenom, u.Nom }).Distinct().ToListAsync(ct))
            .OrderBy(u => u.Nom, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true)).Select(u => (u.Id, $"{u.Prenom} {u.Nom}"))];

    private async Task<(EmployeurLu? Lu, IReadOnlyDictionary<string, string> Erreurs)> LireAsync(SaisieEmployeur saisie, int? soi, CancellationToken ct)
    {
        var departement = await db.CodeDepartementAsync(ct);
        var (lu, erreurs) = ReglesEmployeur.Lire(saisie, c => Offre.ResolutionCommune.Resoudre(communes, departement, c));
        if (lu is null) return (null, erreurs);
        var autres = new Dictionary<string, string>(StringComparer.Ordinal);
        if (await db.Set<Employeur>().Where(e => e.Siret == lu.Siret && e.Id != soi).Select(e => e.RaisonSociale).FirstOrDefaultAsync(ct) is { } deja)
            autres[nameof(saisie.Siret)] = $"Un employeur a déjà le SIRET {lu.Siret} : « {deja} ». Complétez sa fiche plutôt que d'en créer une seconde.";
        if (lu.ChargeRelationId is { } charge && !(await ChargesPossiblesAsync(ct)).Any(c => c.Id == charge))
            autres[nameof(saisie.ChargeRelationId)] = "Le chargé de relation doit être un chargé de relation entreprise ou un agent du département.";
        return autres.Count > 0 ? (null, autres) : (lu, erreurs);
    }

    private Task<int?> TerritoireAsync(string codeInsee, CancellationToken ct) =>
        db.Set<TerritoireCommune>().Where(t => t.CodeInsee == codeInsee).Select(t => (int?)t.TerritoireId).FirstOrDefaultAsync(ct);

    /// <summary>Copies the checked fields onto the employer; the form and the spreadsheet import write alike.</summary>
    internal static void Remplir(Employeur e, EmployeurLu lu, int? territoire, DateTime maintenant)
    {
        (e.RaisonSociale, e.CodeNaf, e.Effectif, e.Secteur, e.CodeInsee, e.TerritoireId, e.Adresse) =
            (lu.RaisonSociale, lu.CodeNaf, lu.Effectif, lu.Secteur, lu.CodeInsee, territoire, lu.Adresse);
        (e.ChargeRelationId, e.CharteSigneeLe, e.ClubRseDepuis, e.ParrainageDepuis, e.ModifieLe) =
            (lu.ChargeRelationId, lu.CharteSigneeLe, lu.ClubRseDepuis, lu.ParrainageDepuis, maintenant);
    }

    private static string Resume(IReadOnlyDictionary<string, string> erreurs) => string.Join(" ", erreurs.Values);

    private static string? Texte(string? valeur) => string.IsNullOrWhiteSpace(valeur) ? null : valeur.Trim();
}
