using System.Globalization;

namespace Passerelle.Web.Features.Clauses;

/// <summary>
/// How many clause hours one person can complete in a month: the month's working days in the contract's département
/// (<see cref="JoursOuvres"/>: Alsace-Moselle has two more public holidays) times the 7 hours of the legal 35-hour week,
/// over all the contracts they work on. A month beyond it is a typing error or a double count, refused with the month,
/// the person and the ceiling named.
/// </summary>
public static class ReglesHeuresClause
{
    public const int HeuresParJour = 7;

    /// <summary>The hours of one year's full-time equivalent (1,607 h: the legal annual duration).</summary>
    public const decimal HeuresParEtp = 1607m;

    public static int Maximum(DateOnly mois, string departement) => JoursOuvres.Du(mois, departement) * HeuresParJour;

    /// <param name="ailleurs">The hours the same person already has that month on other contracts.</param>
    /// <returns>null when the hours fit, else the French reason.</returns>
    /// <param name="departement">The code of the contracts' département, whose calendar counts the working days.</param>
    public static string? Verifier(decimal heures, decimal ailleurs, DateOnly mois, string personne, string departement)
    {
        if (heures < 0) return $"Les heures de {personne} en {NomMois(mois)} ne peuvent être négatives.";
        if (decimal.Round(heures, 2) != heures) return $"Les heures de {personne} en {NomMois(mois)} s'écrivent avec deux décimales au plus.";
        var maximum = Maximum(mois, departement);
        if (heures + ailleurs <= maximum) return null;
        var autres = ailleurs > 0 ? $" (dont {Heures(ailleurs)} h déjà saisies sur d'autres marchés)" : "";
        return $"{personne} ne peut avoir plus de {maximum} h en {NomMois(mois)} ({JoursOuvres.Du(mois, departement)} jours ouvrés × {HeuresParJour} h) : "
            + $"{Heures(heures + ailleurs)} h saisies{autres}.";
    }

    public static string NomMois(DateOnly mois) => mois.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"));

    public static string Heures(decimal heures) => heures.ToString("0.##", CultureInfo.GetCultureInfo("fr-FR"));

    public static decimal Etp(decimal heures) => decimal.Round(heures / HeuresParEtp, 2);
}
