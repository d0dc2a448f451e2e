using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Communes;

/// <summary>A commune typed by a user, resolved: either the commune or the French reason it was refused.</summary>
public sealed record CommuneResolue(Commune? Commune, string? Erreur);

/// <summary>
/// The national referential seen from the current département: what users type ("49007",
/// "Angers", "Angers (49007)", "49007 Angers") is resolved to one commune of the département.
/// </summary>
public sealed partial class CommunesDuDepartement(Communes communes, AppDbContext db, CacheDepartement cache)
{
    private string? code;

    public async Task<string> CodeDepartementAsync(CancellationToken ct = default) =>
        code ??= await cache.ObtenirAsync(db, "code-departement", db.CodeDepartementAsync, ct);

    public async Task<IEnumerable<Commune>> ToutesAsync(CancellationToken ct = default) =>
        communes.DuDepartement(await CodeDepartementAsync(ct));

    public async Task<IEnumerable<Commune>> RechercherAsync(string texte, CancellationToken ct = default) =>
        communes.Rechercher(await CodeDepartementAsync(ct), texte);

    public Commune? Trouver(string codeInsee) => communes.Trouver(codeInsee);

    public async Task<CommuneResolue> ResoudreAsync(string saisie, CancellationToken ct = default)
    {
        var departement = await CodeDepartementAsync(ct);
        var texte = saisie.Trim();
        var codeSaisi = CodeEntreParentheses().Match(texte) is { Success: true } m1 ? m1.Groups[1].Value
            : CodeEnTete().Match(texte) is { Success: true } m2 ? m2.Groups[1].Value
            : null;
        if (codeSaisi is not null)
        {
            var commune = communes.Trouver(codeSaisi.ToUpperInvariant());
            if (commune is null) return new(null, $"La commune {codeSaisi} n'existe pas.");
            return commune.Departement == departement
                ? new(commune, null)
                : new(null, $"La commune {commune.Nom} ({commune.CodeInsee}) n'est pas dans le département.");
        }
        var homonymes = communes.TrouverParNom(departement, texte);
        return homonymes.Count switch
        {
            1 => new(homonymes[0], null),
            0 => new(null, $"Aucune commune « {texte} » dans le département : vérifiez l'orthographe ou saisissez le code INSEE."),
            _ => new(null, $"Plusieurs communes s'appellent « {texte} » : précisez le code INSEE ({string.Join(", ", homonymes.Select(c => c.CodeInsee))})."),
        };
    }

    /// <summary>"Angers (49007)", as the autocomplete list proposes it.</summary>
    public static string Libelle(Commune commune) => $"{commune.Nom} ({commune.CodeInsee})";

    [GeneratedRegex(@"\((\d[\dAaBb]\d{3})\)\s*$")]
    private static partial Regex CodeEntreParentheses();

    [GeneratedRegex(@"^(\d[\dAaBb]\d{3})(?:\s|$|[-–—:])")]
    private static partial Regex CodeEnTete();
}
