namespace Passerelle.Web.Features.Demo;

/// <summary>A territoire of the demo: its name, the EPCIs it covers and single communes moved into it.</summary>
public sealed record TerritoireDemo(string Nom, string[] Epcis, string[]? Communes = null);

public sealed record DepartementDemo(string Code, string Nom, TerritoireDemo[] Territoires);

/// <summary>
/// The four seed départements with their territoires as the seeds name them (primer §8).
/// Territoires are built from real EPCIs; where a seed territoire cuts an EPCI (Tours, Romans),
/// single communes are moved. Communes outside every listed EPCI go to the first territoire.
/// Maine-et-Loire's seed names no territoire: its five are modelled on its solidarity areas.
/// </summary>
public static class CatalogueDemo
{
    private const int TerritoiresAutomatiques = 5;

    /// <summary>The seed definition of a département, or one built from its EPCIs (benchmarks at national scale).</summary>
    public static DepartementDemo Pour(string code, Communes.Communes communes) =>
        Departements.FirstOrDefault(d => d.Code == code) ?? Automatique(code, communes);

    /// <summary>
    /// Groups the département's EPCIs (a commune outside any EPCI counts as its own group), largest first,
    /// into five territoires named after their largest commune.
    /// </summary>
    private static DepartementDemo Automatique(string code, Communes.Communes communes)
    {
        var epcis = communes.DuDepartement(code)
            .GroupBy(c => c.Epci ?? c.CodeInsee)
            .OrderByDescending(g => g.Sum(c => c.Population))
            .ToList();
        var territoires = Enumerable.Range(0, Math.Min(TerritoiresAutomatiques, epcis.Count))
            .Select(i => epcis.Where((_, rang) => rang % TerritoiresAutomatiques == i).ToList())
            .Select(groupe => new TerritoireDemo(
                $"Territoire de {groupe[0].MaxBy(c => c.Population)!.Nom}",
                groupe.Where(g => g.First().Epci is not null).Select(g => g.Key).ToArray(),
                groupe.Where(g => g.First().Epci is null).Select(g => g.Key).ToArray()))
            .ToArray();
        return new DepartementDemo(code, $"Département {code}", territoires);
    }

    public static readonly DepartementDemo[] Departements =
    [
        new("49", "Maine-et-Loire",
        [
            new("Angers Loire Métropole", ["244900015"]),
            new("Saumurois", ["200071876"]),
            new("Choletais et Mauges", ["200071678", "200060010"]),
            new("Anjou bleu et Haut-Anjou", ["244900809", "200071868"]),
            new("Baugeois, Loir et Layon", ["244900882", "200068955", "200071553"]),
        ]),
        new("37", "Indre-et-Loire",
        [
            new("Tours Sud Loire", [], ["37261"]),
            new("Nord Est", ["200043065", "243700499", "200073161", "200073237"]),
            new("Sud Est", ["200071587", "243700820"]),
            new("Grand Ouest", ["200043081", "200072668", "200072981"]),
            new("Joué – St Pierre", ["200072650"], ["37122", "37233", "37208", "37050", "37195", "37018"]),
            new("Tours Nord Loire", ["243700754"]),
        ]),
        new("72", "Sarthe",
        [
            new("Pays du Mans", ["247200132", "247200629", "247200421", "247200447", "200068963"]),
            new("Sarthe nord", ["200072676", "200072700", "200072718", "200072684", "247200686"]),
            new("Sarthe sud", ["247200090", "247200348", "200040475", "200073112", "200070373", "200072692"]),
        ]),
        new("26", "Drôme",
        [
            new("Grand Valentinois", ["200068781"]),
            new("Drôme des Collines", ["200040491", "200067767"], ["26281", "26057"]),
            new("Montélimar-Marsanne-Dieulefit", ["200040459", "242600492"]),
            new("Tricastin-Baronnies", ["200042901", "200068229", "200040681"]),
            new("Vallée de la Drôme", ["242600252", "200040509", "242600534"]),
        ]),
    ];
}
