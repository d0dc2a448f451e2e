using System.Globalization;

namespace Passerelle.Bench;

/// <param name="Personnes">Persons of Maine-et-Loire (49), the département whose pages are measured.</param>
/// <param name="Garder">Keep the generated database afterwards (its connection string is printed), to read query plans.</param>
/// <param name="Analyser">Run ANALYZE on SQLite after generation (PostgreSQL always gets VACUUM ANALYZE, as autovacuum would).</param>
/// <param name="Sql">A SQL file run after generation (e.g. indexes proposed but not yet in a migration), for before/after runs.</param>
/// <param name="National">When set, the total over the 109 départements: 49 keeps <paramref name="Personnes"/>, the others share the rest.</param>
/// <param name="Base">A database kept by an earlier run (its printed connection string): no generation, the pages are measured on it again.</param>
/// <param name="Pages">Measure only the pages whose label contains this text (and /healthz, the reference).</param>
internal sealed record OptionsBancFiles(string? Postgres, int Personnes, int? National, int DureeSecondes, int Utilisateurs, bool Garder, bool Analyser, string? Sql,
    string? Base, string? Pages)
{
    public const string Departement = "49";

    public static OptionsBancFiles Lire(string[] args)
    {
        string? Valeur(string nom) => args.SkipWhile(a => a != nom).Skip(1).FirstOrDefault();
        int? Entier(string nom) => Valeur(nom) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;
        return new OptionsBancFiles(Valeur("--postgres"), Entier("--personnes") ?? 100_000, Entier("--national"),
            Entier("--duree") ?? 10, Entier("--utilisateurs") ?? 20, args.Contains("--garder"), args.Contains("--analyser"), Valeur("--sql"),
            Valeur("--base"), Valeur("--pages"));
    }
}
