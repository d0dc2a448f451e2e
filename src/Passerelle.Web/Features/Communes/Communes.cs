using System.Globalization;

namespace Passerelle.Web.Features.Communes;

public sealed record Commune(string CodeInsee, string Nom, string Departement, string CodePostal, int Population, string? Epci);

/// <summary>
/// The national list of current communes (from @etalab/decoupage-administratif, written by
/// scripts/copy-assets.sh and embedded). Read once; ~35,000 rows stay in memory.
/// </summary>
public sealed class Communes
{
    private readonly Dictionary<string, Commune> parCode;
    private readonly ILookup<string, Commune> parDepartement;

    public Communes(IEnumerable<Commune> communes)
    {
        parCode = communes.ToDictionary(c => c.CodeInsee, StringComparer.Ordinal);
        parDepartement = parCode.Values.OrderBy(c => c.Nom, StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), true)).ToLookup(c => c.Departement);
    }

    public static Communes Charger()
    {
        using var flux = typeof(Communes).Assembly.GetManifestResourceStream("communes.csv")
            ?? throw new InvalidOperationException("Référentiel des communes absent : lancez scripts/copy-assets.sh.");
        using var lecteur = new StreamReader(flux);
        lecteur.ReadLine();
        var communes = new List<Commune>(35_000);
        while (lecteur.ReadLine() is { } ligne)
        {
            var c = ligne.Split(';');
            communes.Add(new Commune(c[0], c[1], c[2], c[3], int.Parse(c[4], CultureInfo.InvariantCulture), c[5].Length == 0 ? null : c[5]));
        }
        return new Communes(communes);
    }

    public Commune? Trouver(string? codeInsee) =>
        codeInsee is not null && parCode.TryGetValue(codeInsee.Trim(), out var c) ? c : null;

    public IEnumerable<Commune> DuDepartement(string codeDepartement) => parDepartement[codeDepartement];

    public bool DepartementExiste(string codeDepartement) => parDepartement.Contains(codeDepartement);

    public IEnumerable<string> CodesDepartements => parDepartement.Select(g => g.Key).Order(StringComparer.Ordinal);

    /// <summary>Communes of a département whose name or code starts with the text typed.</summary>
    public IEnumerable<Commune> Rechercher(string codeDepartement, string texte)
    {
        var t = Normaliser(texte);
        return DuDepartement(codeDepartement).Where(c => c.CodeInsee.StartsWith(t, StringComparison.Ordinal) || Normaliser(c.Nom).StartsWith(t, StringComparison.Ordinal));
    }

    /// <summary>Communes of a département with exactly this name, ignoring case, accents, hyphens and apostrophes.</summary>
    public IReadOnlyList<Commune> TrouverParNom(string codeDepartement, string nom)
    {
        var n = Normaliser(nom);
        return DuDepartement(codeDepartement).Where(c => Normaliser(c.Nom) == n).ToList();
    }

    private static string Normaliser(string s)
    {
        var decompose = s.Trim().ToUpperInvariant().Normalize(System.Text.NormalizationForm.FormD);
        return new string(decompose.Where(ch => CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            .Select(ch => ch is '-' or '\'' ? ' ' : ch).ToArray());
    }
}
