using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Prescriptions;

namespace Passerelle.Tests.Features.Prescriptions.Indicateurs;

/// <summary>
/// An operator whose actions live Sarthe's PDI years 2012–2016 (seed 002, lines 345–356: occupancy, sorties dynamiques,
/// sorties en emploi durable). It writes only ordinary rows — funded places per year, prescriptions with entry and exit
/// dates and an exit type — chosen so that the definitions of docs/indicators.md give back Sarthe's percentages.
/// Deterministic: the same rows at every run.
/// </summary>
internal static class JeuSarthe
{
    public sealed record Annee(int Valeur, int Occupation, int SortieDynamique, int EmploiDurable);

    public static readonly Annee[] Serie =
    [
        new(2012, 65, 25, 7),
        new(2013, 71, 34, 10),
        new(2014, 82, 28, 7),
        new(2015, 87, 36, 12),
        new(2016, 84, 42, 13),
    ];

    /// <summary>100 places a year between four actions: days of presence = occupancy × days of the year, an integer.</summary>
    private const int Places = 100;

    /// <summary>Two participants follow each other on each place: 200 exits a year, so that every percentage is a whole number of exits.</summary>
    private const int ParPlace = 2;

    private static readonly TypeSortieAction[] AutresDynamiques = [TypeSortieAction.EmploiTransition, TypeSortieAction.FormationQualifiante, TypeSortieAction.AutreSortieDynamique];
    private static readonly TypeSortieAction[] NonDynamiques = [TypeSortieAction.Abandon, TypeSortieAction.Demenagement, TypeSortieAction.Autre];

    /// <returns>The structure that runs the actions: the figures of the data set are those of this structure.</returns>
    public static async Task<int> CreerAsync(Application app)
    {
        var structure = await OffreDeTest.StructureAsync(app, "Opérateur PDI (jeu Sarthe)");
        var actions = new int[4];
        for (var a = 0; a < actions.Length; a++)
            actions[a] = await OffreDeTest.ActionAsync(app, structure, [.. Serie.Select((annee, i) => (Debut(annee), Fin(annee), PlacesDe(a, i)))]);
        var personnes = await app.DansDepartementAsync("49", db => db.Personnes.OrderBy(p => p.Id).Select(p => p.Id).Take(40).ToListAsync());
        var prescriptions = new List<Prescription>();
        foreach (var (annee, i) in Serie.Select((annee, i) => (annee, i)))
        {
            var jours = Fin(annee).DayNumber - Debut(annee).DayNumber + 1;
            var presence = annee.Occupation * jours * Places / 100;
            // Place k is one of the action's places; its two participants share the days of presence given to it.
            var bornes = Enumerable.Range(0, 4).Select(a => Enumerable.Range(0, a + 1).Sum(b => PlacesDe(b, i))).ToArray();
            for (var k = 0; k < Places; k++)
            {
                var action = actions[Array.FindIndex(bornes, b => k < b)];
                var surPlace = presence / Places + (k < presence % Places ? 1 : 0);
                var premiere = surPlace / 2 + k % 5 - 2;
                var intervalle = (jours - surPlace) / 3;
                var entree = Debut(annee).AddDays(intervalle);
                foreach (var (duree, m) in new[] { (premiere, 0), (surPlace - premiere, 1) })
                {
                    var j = ParPlace * k + m;
                    var sortie = entree.AddDays(duree - 1);
                    prescriptions.Add(OffreDeTest.Prescription(action, structure, personnes[j % personnes.Count], entree.AddDays(-7 - k % 20).ToDateTime(new TimeOnly(9, 0)),
                        entree, sortie, TypeDeSortie(annee, j), rsa: j % 4 != 0));
                    entree = sortie.AddDays(1 + intervalle);
                }
            }
            // Prescriptions that never lead to an entry take no place and make no exit.
            for (var n = 0; n < 10; n++)
                prescriptions.Add(OffreDeTest.Prescription(actions[n % 4], structure, personnes[n], Debut(annee).AddDays(30 * n).ToDateTime(new TimeOnly(9, 0)),
                    statut: n % 2 == 0 ? StatutPrescription.Refusee : StatutPrescription.Expiree));
        }
        await OffreDeTest.AjouterAsync(app, prescriptions);
        return structure;
    }

    private static DateOnly Debut(Annee annee) => new(annee.Valeur, 1, 1);

    private static DateOnly Fin(Annee annee) => new(annee.Valeur, 12, 31);

    /// <summary>The places funded to action <paramref name="a"/> in year <paramref name="i"/> of the series: they move between actions, 100 in all.</summary>
    private static int PlacesDe(int a, int i) => a switch { 0 => 20 + i, 1 => 25, 2 => 25 - i, _ => 30 };

    /// <summary>Exit j of the year, in an order spread over the places (37 is prime with 200): the first ones in the order are the year's durable jobs, then the other sorties dynamiques.</summary>
    private static TypeSortieAction TypeDeSortie(Annee annee, int j)
    {
        var rang = j * 37 % (Places * ParPlace);
        var (durables, dynamiques) = (annee.EmploiDurable * Places * ParPlace / 100, annee.SortieDynamique * Places * ParPlace / 100);
        return rang < durables ? TypeSortieAction.EmploiDurable : rang < dynamiques ? AutresDynamiques[rang % 3] : NonDynamiques[rang % 3];
    }
}
