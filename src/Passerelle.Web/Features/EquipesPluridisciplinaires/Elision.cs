namespace Passerelle.Web.Features.EquipesPluridisciplinaires;

/// <summary>« de » before a verb, elided before a vowel: « impossible d'annuler », « impossible de tenir ».</summary>
internal static class Elision
{
    public static string De(string verbe) => "aeiouyéèêàâîôû".Contains(verbe[0], StringComparison.Ordinal) ? $"d'{verbe}" : $"de {verbe}";
}
