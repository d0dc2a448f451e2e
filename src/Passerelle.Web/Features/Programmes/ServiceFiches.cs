using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Programmes;

/// <summary>
/// A pilot's edit of a fiche-action: checked, compared with the current content, saved as a new version naming the
/// fields changed (<see cref="RedactionFiche"/>) and audited. Past values and funding lines are not edited here.
/// </summary>
public sealed class ServiceFiches(AppDbContext db, HeureLegale heure, AuditJournal audit, CurrentUser user)
{
    public const string Motif = "Modification par le pilote";

    public static readonly ResultatAction Conflit =
        ResultatAction.Refus("Cette fiche vient d'être modifiée par quelqu'un d'autre : rechargez la page pour repartir de sa version à jour, puis recommencez.");

    public async Task<ResultatAction> ModifierAsync(int id, SaisieFiche saisie, CancellationToken ct)
    {
        var element = await db.Set<ElementProgramme>().Include(e => e.Fiche!.Indicateurs).ThenInclude(i => i.Valeurs).FirstOrDefaultAsync(e => e.Id == id && e.Fiche != null, ct);
        if (element?.Fiche is not { } fiche) return ResultatAction.Refus("Cette fiche-action n'existe pas.");
        var programme = await db.Set<Programme>().FirstAsync(p => p.Id == element.ProgrammeId, ct);
        var lignes = await db.Set<LigneFinancement>().Where(l => l.ElementId == id).ToListAsync(ct);
        var actuel = ContenuFiche.De(fiche, lignes);
        var (nouveau, erreur) = Lire(saisie, actuel);
        if (nouveau is null) return db.Abandonner(ResultatAction.Refus(erreur!));
        db.Entry(fiche).Property(f => f.Version).OriginalValue = saisie.Version;
        var derniere = await db.Set<VersionFiche>().Where(v => v.FicheActionId == id).MaxAsync(v => (int?)v.Numero, ct) ?? 0;
        var auteur = user.NomComplet ?? user.Email ?? "pilote";
        var changements = RedactionFiche.Rediger(db, programme, element, nouveau, lignes, derniere, auteur, Motif, heure.MaintenantUtc);
        if (changements.Count == 0) return db.Abandonner(ResultatAction.Ok("Rien n'a changé : la fiche est inchangée."));
        var resume = string.Join(", ", changements).ToLower(CultureInfo.GetCultureInfo("fr-FR"));
        audit.Enregistrer(ActionsProgrammes.ModificationFiche, nameof(FicheAction), id, $"Fiche {element.Code}, version {derniere + 1} : {resume}");
        return await db.SauverActionAsync($"Fiche enregistrée (version {derniere + 1}) : {resume}.", Conflit, ct);
    }

    /// <summary>The content the form describes, or the first thing to correct.</summary>
    private static (ContenuFiche?, string?) Lire(SaisieFiche s, ContenuFiche actuel)
    {
        if (string.IsNullOrWhiteSpace(s.Pilote)) return (null, "Indiquez le pilote de la fiche.");
        var indicateurs = new List<IndicateurContenu>();
        foreach (var i in s.Indicateurs.Where(i => !string.IsNullOrWhiteSpace(i.Libelle)))
        {
            var libelle = i.Libelle!.Trim();
            if (indicateurs.Any(x => x.Libelle == libelle)) return (null, $"L'indicateur « {libelle} » figure deux fois.");
            var cibles = new SortedDictionary<int, decimal>();
            foreach (var ligne in (i.Cibles ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parties = ligne.Split(':', 2, StringSplitOptions.TrimEntries);
                if (parties.Length != 2 || !int.TryParse(parties[0], NumberStyles.None, CultureInfo.InvariantCulture, out var annee) || annee is < 1990 or > 2100
                    || !decimal.TryParse(parties[1].Replace(" ", "", StringComparison.Ordinal).Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var valeur))
                    return (null, $"Indicateur « {libelle} » : la cible « {ligne} » n'est pas de la forme « 2025 : 120 » (une année, deux-points, une valeur).");
                cibles[annee] = valeur;
            }
            var constatees = actuel.Indicateurs.FirstOrDefault(x => x.Libelle == libelle)?.Constatees ?? new SortedDictionary<int, decimal>();
            indicateurs.Add(new IndicateurContenu(libelle, i.Unite, Texte(i.Definition), i.Source, cibles, constatees));
        }
        return (new ContenuFiche
        {
            Pilote = s.Pilote.Trim(),
            Copilotes = Liste(s.Copilotes),
            Partenaires = Liste(s.Partenaires),
            Operateurs = Liste(s.Operateurs),
            Territoires = Liste(s.Territoires),
            Contexte = Texte(s.Contexte),
            Objectifs = Liste(s.Objectifs),
            Public = Texte(s.Public),
            Contenu = Texte(s.Contenu),
            Calendrier = Texte(s.Calendrier),
            Moyens = Texte(s.Moyens),
            Livrables = Liste(s.Livrables),
            Note = Texte(s.Note),
            Indicateurs = indicateurs,
            Financements = actuel.Financements,
        }, null);
    }

    private static string? Texte(string? valeur) => string.IsNullOrWhiteSpace(valeur) ? null : valeur.Trim().Replace("\r\n", "\n", StringComparison.Ordinal);

    private static List<string> Liste(string? lignes) => [.. (lignes ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
