using System.Globalization;

namespace Passerelle.Bench;

internal enum Echelle { Departement, National }

internal sealed record OptionsBench(Echelle Echelle, string? Postgres, int DureeSecondes, int Utilisateurs)
{
    public static OptionsBench Lire(string[] args)
    {
        string? Valeur(string nom) => args.SkipWhile(a => a != nom).Skip(1).FirstOrDefault();
        return new OptionsBench(
            string.Equals(Valeur("--echelle"), "national", StringComparison.OrdinalIgnoreCase) ? Echelle.National : Echelle.Departement,
            Valeur("--postgres"),
            int.Parse(Valeur("--duree") ?? "15", CultureInfo.InvariantCulture),
            int.Parse(Valeur("--utilisateurs") ?? "20", CultureInfo.InvariantCulture));
    }
}
