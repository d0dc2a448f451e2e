using Passerelle.Web.Features.Diagnostic;

namespace Passerelle.Web.Features.Pilotage.Maillage;

/// <summary>A person followed on a territoire at the date, with the freins of their latest diagnosis then.</summary>
public sealed record PersonneFreins(int PersonneId, int TerritoireId, IReadOnlyList<Frein> Freins);

/// <summary>A published action: the territoires it serves (empty: the whole département), its thématiques, its places funded in the year.</summary>
public sealed record OffreAction(int ActionId, IReadOnlyList<int> Territoires, IReadOnlyList<string> Thematiques, int Places);

/// <summary>One territoire (null: all the territoires of the table together) and one theme: needs against the offer.</summary>
public sealed record CelluleMaillage(int? TerritoireId, ThemeFrein Theme, int Personnes, int Importants, int Places)
{
    public int Legers => Personnes - Importants;

    /// <summary>Places funded for 100 persons with the frein, one decimal; none without persons.</summary>
    public decimal? Taux => Personnes == 0 ? null : Math.Round(100m * Places / Personnes, 1, MidpointRounding.AwayFromZero);

    /// <summary>Persons with the frein beyond the places funded (negative: more places than persons).</summary>
    public int Ecart => Personnes - Places;
}

public sealed record TerritoireMaillage(int Id, string Nom);

/// <summary>The needs-versus-offer table of a year at a date, over the territoires of the viewer's scope.</summary>
public sealed record TableauMaillage(int Annee, DateOnly Date, IReadOnlyList<TerritoireMaillage> Territoires, IReadOnlyList<CelluleMaillage> Cellules,
    IReadOnlyList<CelluleMaillage> Ensemble)
{
    public CelluleMaillage Cellule(int territoireId, ThemeFrein theme) => Cellules.Single(c => c.TerritoireId == territoireId && c.Theme == theme);

    public CelluleMaillage Total(ThemeFrein theme) => Ensemble.Single(c => c.Theme == theme);
}

/// <summary>
/// The « équité du maillage territorial » (Drôme PDIE, enjeu 3): for each territoire and theme, the persons whose latest
/// diagnosis names the frein (léger or important) against the places funded in the year by published actions that address it
/// (<see cref="CorrespondanceThemes"/>) and serve the territoire. An action serving several territoires, or the whole
/// département, offers its places in each: they are places within reach, so the territoires' places do not add up to the
/// département's, where each action counts once.
/// </summary>
public static class CalculMaillage
{
    public static TableauMaillage Calculer(int annee, DateOnly date, IReadOnlyList<TerritoireMaillage> territoires, IReadOnlyList<PersonneFreins> personnes,
        IReadOnlyList<OffreAction> actions)
    {
        var ids = territoires.Select(t => t.Id).ToHashSet();
        var suivies = personnes.Where(p => ids.Contains(p.TerritoireId)).ToList();
        var utiles = actions.Where(a => a.Territoires.Count == 0 || a.Territoires.Any(ids.Contains)).ToList();
        var cellules = new List<CelluleMaillage>();
        var ensemble = new List<CelluleMaillage>();
        foreach (var theme in Enum.GetValues<ThemeFrein>())
        {
            var offre = utiles.Where(a => CorrespondanceThemes.Couvre(theme, a.Thematiques)).ToList();
            foreach (var t in territoires)
            {
                var ici = suivies.Where(p => p.TerritoireId == t.Id).ToList();
                cellules.Add(new(t.Id, theme, Compter(ici, theme, NiveauFrein.Leger), Compter(ici, theme, NiveauFrein.Important),
                    offre.Where(a => a.Territoires.Count == 0 || a.Territoires.Contains(t.Id)).Sum(a => a.Places)));
            }
            ensemble.Add(new(null, theme, Compter(suivies, theme, NiveauFrein.Leger), Compter(suivies, theme, NiveauFrein.Important), offre.Sum(a => a.Places)));
        }
        return new(annee, date, territoires, cellules, ensemble);
    }

    /// <summary>Persons whose frein on the theme reaches the level (léger counts léger and important).</summary>
    public static bool A(PersonneFreins personne, ThemeFrein theme, NiveauFrein auMoins) =>
        personne.Freins.Any(f => f.Theme == theme && f.Niveau >= auMoins && f.Niveau != NiveauFrein.Aucun);

    private static int Compter(IEnumerable<PersonneFreins> personnes, ThemeFrein theme, NiveauFrein auMoins) => personnes.Count(p => A(p, theme, auMoins));
}
