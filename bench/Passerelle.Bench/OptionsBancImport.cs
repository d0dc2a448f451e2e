using System.Globalization;

namespace Passerelle.Bench;

/// <param name="Petit">Also import a file ten times smaller into a fresh database, to show memory does not follow file size.</param>
/// <param name="Sqlite">False to measure PostgreSQL only (two series can then run side by side).</param>
/// <param name="Suivants">Also import the next month's flux and a flux where every dossier changed (updates through the change tracker).</param>
internal sealed record OptionsBancImport(int Foyers, string? Postgres, bool Petit, bool Sqlite, bool Suivants, string Resultats)
{
    public static OptionsBancImport Lire(string[] args)
    {
        string? Valeur(string nom) => args.SkipWhile(a => a != nom).Skip(1).FirstOrDefault();
        return new OptionsBancImport(
            int.Parse(Valeur("--foyers") ?? "100000", CultureInfo.InvariantCulture),
            Valeur("--postgres"),
            !args.Contains("--sans-petit"),
            !args.Contains("--sans-sqlite"),
            !args.Contains("--sans-suivants"),
            Valeur("--resultats") ?? Path.Combine("bench", "RESULTATS.md"));
    }
}
