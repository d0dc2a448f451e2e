using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Diagnostic.Rome;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Immersions;

/// <summary>Records a person's immersion, its one renewal and its outcome (<see cref="ReglesImmersion"/>), within the person's scope, audit-logged.</summary>
public sealed class ServiceImmersions(AppDbContext db, AccesImmersions acces, ReferentielRome rome, AuditJournal audit, CurrentUser user, HeureLegale heure)
{
    public const string ActionCreation = "immersion-creation", ActionRenouvellement = "immersion-renouvellement", ActionIssue = "immersion-issue";

    public static readonly ResultatAction Introuvable = ResultatAction.Refus("Cette immersion ou cette personne n'existe pas ou n'est pas dans votre périmètre.");

    private static readonly ResultatAction Conflit = ResultatAction.Refus("Cette immersion vient d'être modifiée par quelqu'un d'autre : rechargez la page, puis recommencez.");

    public async Task<Ecriture> CreerAsync(int personneId, SaisieImmersion saisie, CancellationToken ct)
    {
        if (!await acces.Personnes().AnyAsync(p => p.Id == personneId, ct)) return Ecriture.De(Introuvable);
        var erreurs = new Dictionary<string, string>(ReglesImmersion.Verifier(saisie, c => rome.Trouver(c) is not null), StringComparer.Ordinal);
        if (saisie.EmployeurId is int employeur && !await db.Set<Employeurs.Employeur>().AnyAsync(e => e.Id == employeur, ct))
            erreurs[nameof(saisie.EmployeurId)] = "Cet employeur n'est pas enregistré dans le département.";
        if (saisie.StructureId is int structure && !await db.Structures.AnyAsync(s => s.Id == structure, ct))
            erreurs[nameof(saisie.StructureId)] = "Cette structure n'existe pas dans le département.";
        if (erreurs.Count > 0) return Ecriture.Champs(erreurs);
        var immersion = new Immersion
        {
            PersonneId = personneId,
            EmployeurId = saisie.EmployeurId,
            StructureId = saisie.StructureId,
            DateDebut = saisie.DateDebut!.Value,
            DateFin = saisie.DateFin!.Value,
            CodeRome = rome.Trouver(saisie.CodeRome)!.Code,
            Objet = saisie.Objet!.Value,
            PrescritParId = user.Id!,
            PrescritParNom = user.NomComplet ?? user.Email ?? "système",
            PrescritLe = heure.MaintenantUtc,
        };
        db.Add(immersion);
        await db.SaveChangesAsync(ct);
        audit.Enregistrer(ActionCreation, nameof(Immersion), immersion.Id, immersion.CodeRome);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return Ecriture.De(ResultatAction.Ok("Immersion enregistrée."), immersion.Id);
    }

    public async Task<Ecriture> RenouvelerAsync(int id, int version, DateOnly? nouvelleFin, CancellationToken ct)
    {
        if (await acces.Visibles().FirstOrDefaultAsync(i => i.Id == id, ct) is not { } immersion) return Ecriture.De(Introuvable);
        if (ReglesImmersion.VerifierRenouvellement(immersion, nouvelleFin) is { } refus) return Ecriture.Refus(refus);
        db.Entry(immersion).Property(i => i.Version).OriginalValue = version;
        immersion.DateFinRenouvellement = nouvelleFin;
        audit.Enregistrer(ActionRenouvellement, nameof(Immersion), id, $"{nouvelleFin:yyyy-MM-dd}");
        return Ecriture.De(await db.SauverActionAsync("Immersion renouvelée.", Conflit, ct), id);
    }

    public async Task<Ecriture> EnregistrerIssueAsync(int id, int version, IssueImmersion? issue, CancellationToken ct)
    {
        if (await acces.Visibles().FirstOrDefaultAsync(i => i.Id == id, ct) is not { } immersion) return Ecriture.De(Introuvable);
        if (ReglesImmersion.VerifierIssue(immersion, issue, heure.Aujourdhui) is { } refus) return Ecriture.Refus(refus);
        db.Entry(immersion).Property(i => i.Version).OriginalValue = version;
        immersion.Issue = issue;
        audit.Enregistrer(ActionIssue, nameof(Immersion), id, issue.ToString());
        return Ecriture.De(await db.SauverActionAsync("Issue de l'immersion enregistrée.", Conflit, ct), id);
    }

    /// <summary>The hosts one may choose: the département's employers and structures, by name.</summary>
    public async Task<(IReadOnlyList<(int Id, string Nom)> Employeurs, IReadOnlyList<(int Id, string Nom)> Structures)> AccueilsAsync(CancellationToken ct)
    {
        var employeurs = await db.Set<Employeurs.Employeur>().OrderBy(e => e.RaisonSociale).Select(e => new { e.Id, e.RaisonSociale }).ToListAsync(ct);
        var structures = await db.Structures.Where(s => s.Actif).OrderBy(s => s.Nom).Select(s => new { s.Id, s.Nom }).ToListAsync(ct);
        return ([.. employeurs.Select(e => (e.Id, e.RaisonSociale))], [.. structures.Select(s => (s.Id, s.Nom))]);
    }
}
