namespace Passerelle.Web.Features.Structures;

/// <summary>SIRET checks: 14 digits with a Luhn key (INSEE rule), La Poste's establishments excepted.</summary>
public static class Siret
{
    private const string SirenLaPoste = "356000000";

    public static string Normaliser(string? saisie) =>
        new((saisie ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <returns>null when valid, else the French reason.</returns>
    public static string? Verifier(string? saisie)
    {
        var siret = Normaliser(saisie);
        if (siret.Length != 14 || !siret.All(char.IsAsciiDigit))
            return "Le SIRET doit comporter exactement 14 chiffres.";
        var valide = siret.StartsWith(SirenLaPoste, StringComparison.Ordinal)
            ? siret.Sum(c => c - '0') % 5 == 0
            : Luhn(siret);
        return valide ? null : "Le SIRET est invalide : sa clé de contrôle ne correspond pas.";
    }

    private static bool Luhn(string chiffres)
    {
        var somme = 0;
        for (var i = 0; i < chiffres.Length; i++)
        {
            var n = chiffres[chiffres.Length - 1 - i] - '0';
            if (i % 2 == 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
            somme += n;
        }
        return somme % 10 == 0;
    }
}
