using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Communes;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Territoires;

/// <summary>The territoire form: its name, the communes kept (checked) and communes added as free text.</summary>
public sealed class SaisieTerritoire
{
    public string? Nom { get; set; }
    public List<string> Codes { get; set; } = [];
    public string? Ajouts { get; set; }
    public int Version { get; set; }
}

/// <summary>A territoire ready to be saved: trimmed name and the INSEE codes of its communes.</summary>
public sealed record TerritoireValide(string Nom, IReadOnlySet<string> Codes);

/// <summary>The rules of a territoire, written once for creation and edition.</summary>
public sealed partial class ReglesTerritoire(AppDbContext db, CommunesDuDepartement communes)
{
    public const int LongueurNom = 120;

    /// <returns>The valid territoire, or errors by field name (Nom, Codes, Ajouts).</returns>
    public async Task<(TerritoireValide? Valide, Dictionary<string, List<string>> Erreurs)> VerifierAsync(
        SaisieTerritoire saisie, int? territoireId, CancellationToken ct = default)
    {
        var erreurs = new Dictionary<string, List<string>>();
        void Erreur(string champ, string message) => (erreurs.TryGetValue(champ, out var l) ? l : erreurs[champ] = []).Add(message);

        var nom = saisie.Nom?.Trim() ?? "";
        if (nom.Length == 0) Erreur(nameof(saisie.Nom), "Saisissez le nom du territoire.");
        else if (nom.Length > LongueurNom) Erreur(nameof(saisie.Nom), $"Le nom ne doit pas dépasser {LongueurNom} caractères.");
        else if (await db.Territoires.AnyAsync(t => t.Id != territoireId && t.Nom.ToLower() == nom.ToLower(), ct))
            Erreur(nameof(saisie.Nom), $"Un territoire « {nom} » existe déjà dans le département.");

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (champ, entree) in saisie.Codes.Select(c => (nameof(saisie.Codes), c)).Concat(Separer(saisie.Ajouts).Select(a => (nameof(saisie.Ajouts), a))))
        {
            var resolue = await communes.ResoudreAsync(entree, ct);
            if (resolue.Commune is null) Erreur(champ, resolue.Erreur!);
            else codes.Add(resolue.Commune.CodeInsee);
        }

        var prises = await db.TerritoireCommunes
            .Where(c => codes.Contains(c.CodeInsee) && c.TerritoireId != territoireId)
            .Join(db.Territoires, c => c.TerritoireId, t => t.Id, (c, t) => new { c.CodeInsee, t.Nom })
            .OrderBy(x => x.CodeInsee)
            .ToListAsync(ct);
        foreach (var prise in prises)
        {
            var commune = communes.Trouver(prise.CodeInsee)!;
            Erreur(saisie.Codes.Contains(prise.CodeInsee) ? nameof(saisie.Codes) : nameof(saisie.Ajouts),
                $"La commune {CommunesDuDepartement.Libelle(commune)} est déjà rattachée au territoire « {prise.Nom} ».");
        }
        return erreurs.Count == 0 ? (new TerritoireValide(nom, codes), erreurs) : (null, erreurs);
    }

    /// <summary>Communes this territoire may hold: its own and those no other territoire holds, by name.</summary>
    public async Task<IReadOnlyList<Commune>> CommunesProposeesAsync(int? territoireId, CancellationToken ct = default)
    {
        var prises = (await db.TerritoireCommunes.Where(c => c.TerritoireId != territoireId).Select(c => c.CodeInsee).ToListAsync(ct)).ToHashSet();
        return (await communes.ToutesAsync(ct)).Where(c => !prises.Contains(c.CodeInsee)).ToList();
    }

    /// <summary>One commune per line, or separated by commas or semicolons.</summary>
    private static IEnumerable<string> Separer(string? texte) =>
        Separateurs().Split(texte ?? "").Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"[\r\n,;]+")]
    private static partial Regex Separateurs();
}
