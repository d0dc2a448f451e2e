using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Clauses;

/// <summary>
/// The writing of contracts with a clause: their fields (<see cref="ReglesMarche"/>), the choices they point at checked
/// within the département and the writer's territoires (<see cref="AccesClauses"/>), one contract per number, the plan
/// spread over the months when the dates change, one audit entry with each write.
/// </summary>
public sealed class ServiceMarches(AppDbContext db, AccesClauses acces, ChoixMarche choix, AuditJournal audit, CurrentUser user, HeureLegale heure)
{
    public const string ActionCreation = "clause-marche-creation", ActionModification = "clause-marche-modification", ActionPlan = "clause-plan";

    public static readonly ResultatAction Introuvable = ResultatAction.Refus("Ce marché n'existe pas ou n'est pas dans votre périmètre.");

    private static readonly ResultatAction Conflit = ResultatAction.Refus("Ce marché vient d'être modifié par quelqu'un d'autre : rechargez la page, puis recommencez.");

    private string Auteur => user.NomComplet ?? user.Email ?? "système";

    public async Task<Ecriture> CreerAsync(SaisieMarche saisie, CancellationToken ct)
    {
        var (lu, erreurs) = await LireAsync(saisie, null, ct);
        if (lu is null) return Ecriture.Champs(erreurs, "Corrigez les champs signalés : rien n'a été enregistré.");
        var marche = new MarcheClause { Numero = lu.Numero, Acheteur = lu.Acheteur, Objet = lu.Objet, CreePar = Auteur, CreeLe = heure.MaintenantUtc };
        Remplir(marche, lu);
        marche.Plan = [.. ReglesMarche.Repartir(lu.DateDebut, lu.DateFin, lu.HeuresExigees).Select(p => new PlanClause { Mois = p.Mois, Heures = p.Heures })];
        db.Add(marche);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Ecriture.Champ(nameof(saisie.Numero), $"Le marché n° {lu.Numero} vient d'être enregistré par quelqu'un d'autre.");
        }
        audit.Enregistrer(ActionCreation, nameof(MarcheClause), marche.Id, $"{lu.Numero} ({lu.HeuresExigees} h)");
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return new(ResultatAction.Ok($"Marché n° {lu.Numero} enregistré, {lu.HeuresExigees} h réparties sur ses mois."), new Dictionary<string, string>(), marche.Id);
    }

    public async Task<Ecriture> ModifierAsync(int id, int version, SaisieMarche saisie, CancellationToken ct)
    {
        if (await acces.Atteints(db.Set<MarcheClause>()).Include(m => m.Plan).FirstOrDefaultAsync(m => m.Id == id, ct) is not { } marche) return new(Introuvable, new Dictionary<string, string>());
        var (lu, erreurs) = await LireAsync(saisie, id, ct);
        if (lu is null) return new(db.Abandonner(ResultatAction.Refus("Corrigez les champs signalés : rien n'a été enregistré.")), erreurs);
        db.Entry(marche).Property(m => m.Version).OriginalValue = version;
        var replanifier = marche.DateDebut != lu.DateDebut || marche.DateFin != lu.DateFin || marche.HeuresExigees != lu.HeuresExigees;
        marche.Numero = lu.Numero;
        Remplir(marche, lu);
        if (replanifier)
        {
            db.RemoveRange(marche.Plan);
            marche.Plan = [.. ReglesMarche.Repartir(lu.DateDebut, lu.DateFin, lu.HeuresExigees).Select(p => new PlanClause { Mois = p.Mois, Heures = p.Heures })];
        }
        audit.Enregistrer(ActionModification, nameof(MarcheClause), id, $"{lu.Numero} ({lu.HeuresExigees} h)");
        return new(await db.SauverActionAsync(replanifier ? "Marché modifié ; son plan a été réparti à nouveau sur ses mois." : "Marché modifié.", Conflit, ct),
            new Dictionary<string, string>(), id);
    }

    /// <summary>Replaces the planned hours of the given months (months outside the contract are refused, each by its own field).</summary>
    public async Task<Ecriture> PlanifierAsync(int id, int version, IReadOnlyDictionary<DateOnly, int> heures, CancellationToken ct)
    {
        if (await acces.Atteints(db.Set<MarcheClause>()).Include(m => m.Plan).FirstOrDefaultAsync(m => m.Id == id, ct) is not { } marche) return new(Introuvable, new Dictionary<string, string>());
        var mois = ReglesMarche.Mois(marche.DateDebut, marche.DateFin);
        var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (m, h) in heures)
        {
            if (!mois.Contains(m)) erreurs[$"{m:yyyy-MM}"] = $"{ReglesHeuresClause.NomMois(m)} n'est pas un mois du marché.";
            else if (h is < 0 or > 1_000_000) erreurs[$"{m:yyyy-MM}"] = $"Les heures prévues en {ReglesHeuresClause.NomMois(m)} vont de 0 à 1 000 000.";
        }
        if (erreurs.Count > 0) return new(db.Abandonner(ResultatAction.Refus("Corrigez les mois signalés : le plan n'a pas changé.")), erreurs);
        db.Entry(marche).Property(m => m.Version).OriginalValue = version;
        foreach (var (m, h) in heures)
        {
            if (marche.Plan.FirstOrDefault(p => p.Mois == m) is { } ligne) ligne.Heures = h;
            else marche.Plan.Add(new PlanClause { Mois = m, Heures = h });
        }
        marche.ModifieLe = heure.MaintenantUtc;
        audit.Enregistrer(ActionPlan, nameof(MarcheClause), id, $"{heures.Count} mois");
        return new(await db.SauverActionAsync("Plan des heures enregistré.", Conflit, ct), new Dictionary<string, string>(), id);
    }

    private async Task<(MarcheLu? Lu, IReadOnlyDictionary<string, string> Erreurs)> LireAsync(SaisieMarche saisie, int? soi, CancellationToken ct)
    {
        var (lu, erreurs) = ReglesMarche.Lire(saisie);
        if (lu is null) return (null, erreurs);
        if (await db.Set<MarcheClause>().AnyAsync(m => m.Numero == lu.Numero && m.Id != soi, ct))
            erreurs[nameof(saisie.Numero)] = $"Un marché porte déjà le numéro {lu.Numero} : complétez-le plutôt que d'en créer un second.";
        if (!acces.Couvre(lu.TerritoireId))
            erreurs[nameof(saisie.TerritoireId)] = lu.TerritoireId is null
                ? "Un marché sans territoire est suivi au niveau du département : choisissez l'un de vos territoires."
                : "Ce territoire n'est pas l'un des vôtres : le marché serait hors de votre périmètre.";
        else if (lu.TerritoireId is int t && !await db.Territoires.AnyAsync(x => x.Id == t, ct)) erreurs[nameof(saisie.TerritoireId)] = "Ce territoire n'existe pas dans le département.";
        if (lu.FicheActionId is int f && !await db.Set<Programmes.FicheAction>().AnyAsync(x => x.Id == f, ct))
            erreurs[nameof(saisie.FicheActionId)] = "Cette fiche-action n'existe pas dans les programmes du département.";
        if (lu.FacilitateurId is { } fac && !(await choix.FacilitateursAsync(ct)).Any(x => x.Id == fac))
            erreurs[nameof(saisie.FacilitateurId)] = "Le facilitateur doit être un facilitateur des clauses, un agent ou un chargé de relation entreprise du département.";
        if (lu.EmployeurId is int e && !await db.Set<Employeurs.Employeur>().AnyAsync(x => x.Id == e, ct))
            erreurs[nameof(saisie.Attributaire)] = "Cet employeur n'existe pas dans le département.";
        if (lu.StructureId is int s && !await db.Structures.AnyAsync(x => x.Id == s && ChoixMarche.TypesSiae.Contains(x.Type), ct))
            erreurs[nameof(saisie.Attributaire)] = "L'attributaire doit être une SIAE du département (ACI, EI, ETTI ou AI).";
        return erreurs.Count > 0 ? (null, erreurs) : (lu, erreurs);
    }

    private void Remplir(MarcheClause m, MarcheLu lu)
    {
        (m.Acheteur, m.Objet, m.Lots, m.DateDebut, m.DateFin, m.HeuresExigees) = (lu.Acheteur, lu.Objet, lu.Lots, lu.DateDebut, lu.DateFin, lu.HeuresExigees);
        (m.TerritoireId, m.FicheActionId, m.FacilitateurId, m.EmployeurId, m.StructureId, m.ModifieLe) =
            (lu.TerritoireId, lu.FicheActionId, lu.FacilitateurId, lu.EmployeurId, lu.StructureId, heure.MaintenantUtc);
    }
}
