namespace Passerelle.Web.Features.Indicateurs.Secret;

/// <summary>
/// The counts of one figure by month and by territoire (null: rows without territoire), the cells that statistical
/// secrecy decides on (<see cref="SecretStatistique"/>). A cell without any row counts 0.
/// </summary>
public sealed class Effectifs
{
    private readonly Dictionary<(int Mois, int? Territoire), int> cellules = [];

    public Effectifs(IEnumerable<(int Mois, int? Territoire, int Nombre)> lignes)
    {
        foreach (var (mois, territoire, nombre) in lignes)
            cellules[(mois, territoire)] = cellules.GetValueOrDefault((mois, territoire)) + nombre;
    }

    public int this[int mois, int? territoire] => cellules.GetValueOrDefault((mois, territoire));

    /// <summary>The département's count of a month, rows without territoire included.</summary>
    public int Departement(int mois) => cellules.Where(c => c.Key.Mois == mois).Sum(c => c.Value);

    public Effectifs Plus(Effectifs autre) => Combiner(autre, 1);

    /// <summary>The complement of a part within this total, cell by cell (those within the deadline → those beyond it).</summary>
    public Effectifs Moins(Effectifs partie) => Combiner(partie, -1);

    private Effectifs Combiner(Effectifs autre, int signe) =>
        new(cellules.Keys.Union(autre.cellules.Keys).Select(k => (k.Mois, k.Territoire, this[k.Mois, k.Territoire] + signe * autre[k.Mois, k.Territoire])));

    /// <summary>The month as a single number (months since year 0), so that a period is a range of them.</summary>
    public static int Mois(DateOnly jour) => Mois(jour.Year, jour.Month);

    public static int Mois(int annee, int mois) => annee * 12 + mois - 1;
}
