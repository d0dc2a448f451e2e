using System.Globalization;

namespace Passerelle.Bench;

/// <param name="Personnes">Persons of Maine-et-Loire (49), whose dashboard is measured.</param>
/// <param name="National">When set, the total over the 109 départements (see <see cref="OptionsBancFiles.National"/>): the DREES tables of France are measured.</param>
/// <param name="Garder">Keep the generated database afterwards (its connection string is printed).</param>
/// <param name="Reprendre">The connection string of a base kept by an earlier run: measured again without generating anything.</param>
/// <param name="Repetitions">Each measure is the median of this many runs.</param>
internal sealed record OptionsBancPilotage(string? Postgres, int Personnes, int? National, bool Garder, string? Reprendre, int Repetitions)
{
    public static OptionsBancPilotage Lire(string[] args)
    {
        string? Valeur(string nom) => args.SkipWhile(a => a != nom).Skip(1).FirstOrDefault();
        int? Entier(string nom) => Valeur(nom) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;
        return new(Valeur("--postgres"), Entier("--personnes") ?? 100_000, Entier("--national"), args.Contains("--garder"), Valeur("--reprendre"),
            Entier("--repetitions") ?? 5);
    }

    /// <summary>The <c>files</c> generation this bench starts from, with the same volumes.</summary>
    public OptionsBancFiles Fichiers() => new(Postgres, Personnes, National, 10, 20, Garder, false, null, Reprendre, null, true);
}
