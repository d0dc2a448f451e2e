using Passerelle.Web.Features.Structures;

namespace Passerelle.Tests.Features.Structures;

/// <summary>Fresh valid SIRETs so that each test owns its structures.</summary>
internal static class SiretsDeTest
{
    public static string Nouveau()
    {
        while (true)
        {
            var debut = string.Concat(Enumerable.Range(0, 13).Select(_ => Random.Shared.Next(10)));
            if (debut.StartsWith("356000000", StringComparison.Ordinal)) continue;
            for (var cle = 0; cle < 10; cle++)
                if (Siret.Verifier(debut + cle) is null) return debut + cle;
        }
    }

    /// <summary>The same SIRET with its last digit changed: the Luhn key no longer matches.</summary>
    public static string AvecMauvaiseCle(string siret) => siret[..13] + (char)('0' + (siret[13] - '0' + 1) % 10);
}
