using System.Globalization;

namespace Passerelle.Bench;

internal enum Echelle { Departement, National }

/// <param name="Foyers">RSA foyers per département loaded at start (<c>Demo:Foyers</c>), or « seeds » for the seeds' volumes; 0 by default.</param>
internal sealed record OptionsBench(Echelle Echelle, string? Postgres, int DureeSecondes, int Utilisateurs, string Foyers)
{
    public static OptionsBench Lire(string[] args)
    {
        string? Valeur(string nom) => args.SkipWhile(a => a != nom).Skip(1).FirstOrDefault();
        return new OptionsBench(
            string.Equals(Valeur("--echelle"), "national", StringComparison.OrdinalIgnoreCase) ? Echelle.National : Echelle.Departement,
            Valeur("--postgres"),
            int.Parse(Valeur("--duree") ?? "15", CultureInfo.InvariantCulture),
            int.Parse(Valeur("--utilisateurs") ?? "20", CultureInfo.InvariantCulture),
            Valeur("--foyers") ?? "0");
    }
}
