using System.Globalization;
using System.Text;

namespace Passerelle.Web.Features.Diagnostic.Rome;

public sealed record FicheRome(string Code, string Libelle)
{
    /// <summary>What a form field shows and accepts back: "K2204 — Nettoyage de locaux".</summary>
    public string Affichage => $"{Code} — {Libelle}";
}

/// <summary>
/// The fiches métiers of the ROME (Répertoire opérationnel des métiers et des emplois, France Travail,
/// open data under the Licence Ouverte, data.gouv.fr): the 532 fiches of ROME v3, codes A1101 to N4403
/// with their published labels, transcribed from a public copy of the official list. ROME 4.0 kept
/// these codes; fiches it may have added since are not in this file. Embedded, read once.
/// </summary>
public sealed class ReferentielRome
{
    private readonly Dictionary<string, FicheRome> parCode;
    private readonly List<(FicheRome Fiche, string Cle)> index;

    public ReferentielRome(IEnumerable<FicheRome> fiches)
    {
        parCode = fiches.ToDictionary(f => f.Code, StringComparer.Ordinal);
        index = parCode.Values.OrderBy(f => f.Code, StringComparer.Ordinal).Select(f => (f, Normaliser($"{f.Code} {f.Libelle}"))).ToList();
    }

    public static ReferentielRome Charger()
    {
        using var flux = typeof(ReferentielRome).Assembly.GetManifestResourceStream("rome.csv")
            ?? throw new InvalidOperationException("Référentiel ROME absent de l'assemblage.");
        using var lecteur = new StreamReader(flux);
        lecteur.ReadLine();
        var fiches = new List<FicheRome>(600);
        while (lecteur.ReadLine() is { Length: > 0 } ligne)
        {
            var c = ligne.Split(';', 2);
            fiches.Add(new FicheRome(c[0], c[1]));
        }
        return new ReferentielRome(fiches);
    }

    public int Nombre => parCode.Count;

    public FicheRome? Trouver(string? code) =>
        code is not null && parCode.TryGetValue(code.Trim().ToUpperInvariant(), out var f) ? f : null;

    /// <summary>
    /// Reads what a user typed or picked: a bare code ("k2204") or the displayed form
    /// ("K2204 — Nettoyage de locaux"); null when no fiche has that code.
    /// </summary>
    public FicheRome? Lire(string? saisie)
    {
        var texte = saisie?.Trim() ?? "";
        return texte.Length < 5 ? null : Trouver(texte[..5]) is { } f && (texte.Length == 5 || !char.IsLetterOrDigit(texte[5])) ? f : null;
    }

    /// <summary>Fiches whose code or label contains every word typed, ignoring case and accents; codes first in order.</summary>
    public IReadOnlyList<FicheRome> Rechercher(string texte, int maximum)
    {
        var mots = Normaliser(texte).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (mots.Length == 0) return [];
        return index.Where(e => mots.All(m => e.Cle.Contains(m, StringComparison.Ordinal)))
            .Select(e => e.Fiche).Take(maximum).ToList();
    }

    private static string Normaliser(string s)
    {
        var decompose = s.Trim().ToUpperInvariant().Normalize(NormalizationForm.FormD);
        return new string(decompose.Where(ch => CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            .Select(ch => char.IsLetterOrDigit(ch) ? ch : ' ').ToArray());
    }
}
