using System.Globalization;

namespace Passerelle.Web.Features.Orientation;

/// <summary>What the imported CAF/MSA data tells about a person, for the automatic pre-orientation.</summary>
public sealed record ProfilPreOrientation(int Age, bool ParentIsole, int? AgePlusJeuneEnfant);

public sealed record CriterePreOrientation(string Condition, TypeOrientation Type, string Texte);

/// <summary>
/// Automatic pre-orientation from CAF data (primer §3.4, 001:L532): ordered criteria, one per line,
/// <c>condition =&gt; type</c>, first match wins. Conditions: <c>age&lt;N</c>, <c>age&gt;=N</c>,
/// <c>parent-isole</c>, <c>parent-isole-enfant&lt;N</c> (youngest child under N years), <c>defaut</c>.
/// Types: <c>professionnelle</c>, <c>socio-professionnelle</c>, <c>sociale</c>. The result is only a
/// proposal: an agent validates or refuses it.
/// </summary>
public static class CriteresPreOrientation
{
    /// <returns>The criteria, or the French errors naming each bad line.</returns>
    public static (IReadOnlyList<CriterePreOrientation> Criteres, IReadOnlyList<string> Erreurs) Lire(string texte)
    {
        var criteres = new List<CriterePreOrientation>();
        var erreurs = new List<string>();
        var lignes = texte.Split('\n', StringSplitOptions.TrimEntries);
        for (var i = 0; i < lignes.Length; i++)
        {
            if (lignes[i].Length == 0) continue;
            var parties = lignes[i].Split("=>", 2, StringSplitOptions.TrimEntries);
            TypeOrientation? type = parties.Length == 2 ? LireType(parties[1]) : null;
            if (type is null || !ConditionValide(parties[0]))
                erreurs.Add($"Ligne {i + 1} : « {lignes[i]} » n'est pas un critère valide (ex. « age<26 => professionnelle », « parent-isole => sociale », « defaut => socio-professionnelle »).");
            else
                criteres.Add(new CriterePreOrientation(parties[0].Replace(" ", "", StringComparison.Ordinal), type.Value, lignes[i]));
        }
        return (criteres, erreurs);
    }

    /// <returns>The first matching criterion, or null when none matches (no automatic proposal).</returns>
    public static CriterePreOrientation? Evaluer(string texte, ProfilPreOrientation profil) =>
        Lire(texte).Criteres.FirstOrDefault(c => Verifie(c.Condition, profil));

    /// <summary>The criterion as a user reads it: « moins de 26 ans : orientation Professionnelle », « dans les autres cas : … ».</summary>
    public static string EnPhrase(CriterePreOrientation critere, Func<TypeOrientation, string> nomType)
    {
        var c = critere.Condition;
        var condition = c == "defaut" ? "dans les autres cas"
            : c == "parent-isole" ? "parent isolé"
            : Seuil(c, "parent-isole-enfant<") is int enfant ? $"parent isolé dont le plus jeune enfant a moins de {enfant} ans"
            : Seuil(c, "age<") is int max ? $"moins de {max} ans"
            : Seuil(c, "age>=") is int min ? $"{min} ans ou plus" : c;
        return $"{condition} : orientation « {nomType(critere.Type)} »";
    }

    private static TypeOrientation? LireType(string texte) => texte.ToLowerInvariant() switch
    {
        "professionnelle" => TypeOrientation.Professionnelle,
        "socio-professionnelle" or "socioprofessionnelle" => TypeOrientation.SocioProfessionnelle,
        "sociale" => TypeOrientation.Sociale,
        _ => null,
    };

    private static bool ConditionValide(string condition)
    {
        var c = condition.Replace(" ", "", StringComparison.Ordinal);
        return c is "defaut" or "parent-isole" || Seuil(c, "age<") is not null || Seuil(c, "age>=") is not null || Seuil(c, "parent-isole-enfant<") is not null;
    }

    private static bool Verifie(string c, ProfilPreOrientation p) =>
        c == "defaut"
        || c == "parent-isole" && p.ParentIsole
        || Seuil(c, "age<") is int max && p.Age < max
        || Seuil(c, "age>=") is int min && p.Age >= min
        || Seuil(c, "parent-isole-enfant<") is int enfant && p.ParentIsole && p.AgePlusJeuneEnfant < enfant;

    private static int? Seuil(string condition, string prefixe) =>
        condition.StartsWith(prefixe, StringComparison.Ordinal)
        && int.TryParse(condition.AsSpan(prefixe.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
