using System.Security.Cryptography;

namespace Passerelle.Tests.Features.Structures;

/// <summary>SIRETs a user could type, for tests and browser tests alike: valid ones (Luhn key computed here as INSEE does, not by the product's check) and ones with a wrong key.</summary>
public static class SiretsDeTest
{
    /// <summary>A valid SIRET no other test uses; never starts like La Poste's (356 000 000), which has its own rule.</summary>
    public static string Nouveau()
    {
        var debut = "8" + string.Concat(Enumerable.Range(0, 12).Select(_ => RandomNumberGenerator.GetInt32(10)));
        return debut + Cle(debut);
    }

    /// <summary>The same SIRET with another last digit: the Luhn check then fails.</summary>
    public static string AvecMauvaiseCle(string siret) => siret[..^1] + (char)('0' + (siret[^1] - '0' + 1) % 10);

    /// <summary>The digit that makes the Luhn sum of <paramref name="debut"/> + digit a multiple of 10.</summary>
    private static int Cle(string debut)
    {
        var somme = 0;
        for (var i = 0; i < debut.Length; i++)
        {
            // Counted from the right once the key is appended, these positions are the doubled ones.
            var n = debut[debut.Length - 1 - i] - '0';
            if (i % 2 == 0) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
            somme += n;
        }
        return (10 - somme % 10) % 10;
    }

    /// <summary>"12345678900012" as "123 456 789 00012", the way the form's hint shows it.</summary>
    public static string AvecEspaces(string siret) => $"{siret[..3]} {siret[3..6]} {siret[6..9]} {siret[9..]}";
}
