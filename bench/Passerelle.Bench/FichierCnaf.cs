using System.Globalization;
using Passerelle.Web.Features.Communes;
using Passerelle.Web.Features.Demo;

namespace Passerelle.Bench;

/// <summary>Writes a generated Bénéficiaire flux (valid against the XSD) of any size, in flat memory.</summary>
internal static class FichierCnaf
{
    public const int Graine = 20261125;
    public static readonly DateOnly DateParDefaut = new(2026, 10, 31);

    public static int Ecrire(string[] args)
    {
        string? Valeur(string nom) => args.SkipWhile(a => a != nom).Skip(1).FirstOrDefault();
        if (args.Length < 2)
        {
            Console.Error.WriteLine("Usage : fichier <sortie.xml> [--foyers 1000] [--departement 49] [--date AAAA-MM-JJ]");
            return 1;
        }
        var date = Valeur("--date") is { } texte ? DateOnly.ParseExact(texte, "yyyy-MM-dd", CultureInfo.InvariantCulture) : DateParDefaut;
        var taille = Ecrire(args[1], int.Parse(Valeur("--foyers") ?? "1000", CultureInfo.InvariantCulture), Valeur("--departement") ?? "49", date);
        Console.WriteLine($"{args[1]} : {taille / 1e6:F1} Mo");
        return 0;
    }

    /// <returns>The size of the file in bytes.</returns>
    public static long Ecrire(string chemin, int foyers, string departement, DateOnly date)
    {
        using var sortie = File.Create(chemin);
        new GenerateurFluxCnaf(Communes.Charger(), departement, Graine).Ecrire(sortie, foyers, date);
        return sortie.Length;
    }
}
