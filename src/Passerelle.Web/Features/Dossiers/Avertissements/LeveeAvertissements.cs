using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Dossiers.Avertissements;

/// <summary>What an agent posts to clear warnings: which ones, and why (kept with them).</summary>
public sealed record SaisieLevee(IReadOnlyList<int>? Ids, string? Commentaire);

/// <summary>Null errors when cleared; <see cref="Introuvables"/> when some were not open warnings in the user's scope (nothing was changed).</summary>
public sealed record ResultatLevee(int Leves, IReadOnlyDictionary<string, string> Erreurs, bool Introuvables = false)
{
    public bool Reussi => Erreurs.Count == 0 && !Introuvables;
}

/// <summary>
/// An agent checked the anomalies (with the CAF, the person, the file) and clears them with a comment.
/// All or nothing: a warning outside the user's scope, already cleared or unknown refuses the whole request,
/// so a forged id never clears anything. Each clearing is written in the audit journal.
/// </summary>
public sealed class LeveeAvertissements(PerimetreDossiers perimetreDossiers, AppDbContext db, CurrentUser user, AuditJournal audit, TimeProvider clock)
{
    public const int NombreMaximum = 500;

    public async Task<ResultatLevee> LeverAsync(SaisieLevee saisie, CancellationToken ct)
    {
        var ids = (saisie.Ids ?? []).Distinct().ToList();
        var commentaire = saisie.Commentaire?.Trim() ?? "";
        var erreurs = new Dictionary<string, string>();
        if (ids.Count == 0) erreurs["ids"] = "Cochez au moins un avertissement.";
        else if (ids.Count > NombreMaximum) erreurs["ids"] = $"{NombreMaximum} avertissements au plus à la fois.";
        if (commentaire.Length == 0) erreurs["commentaire"] = "Dites ce qui a été vérifié ou corrigé : le commentaire est gardé avec l'avertissement.";
        else if (commentaire.Length > AvertissementDossier.LongueurCommentaire) erreurs["commentaire"] = $"{AvertissementDossier.LongueurCommentaire} caractères au plus.";
        if (erreurs.Count > 0) return new ResultatLevee(0, erreurs);

        var dossiers = perimetreDossiers.Filtrer(db.Dossiers).Select(d => d.Id);
        var avertissements = await db.AvertissementsDossier
            .Where(a => ids.Contains(a.Id) && a.Statut == StatutAvertissement.Ouvert && dossiers.Contains(a.DossierId)).ToListAsync(ct);
        if (avertissements.Count != ids.Count) return new ResultatLevee(0, erreurs, Introuvables: true);
        var maintenant = clock.GetUtcNow().UtcDateTime;
        foreach (var a in avertissements)
        {
            (a.Statut, a.LeveLe, a.LevePar, a.Commentaire) = (StatutAvertissement.Leve, maintenant, user.Email ?? user.Id, commentaire);
            audit.Enregistrer(AuditActions.Modification, nameof(AvertissementDossier), a.Id, $"Avertissement « {AvertissementDossier.Libelle(a.Nature)} » du dossier {a.DossierId} levé");
        }
        await db.SaveChangesAsync(ct);
        return new ResultatLevee(avertissements.Count, erreurs);
    }
}
