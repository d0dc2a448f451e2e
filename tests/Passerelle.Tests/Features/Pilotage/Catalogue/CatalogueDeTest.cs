using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Indicateurs;
using Passerelle.Web.Features.Pilotage.Catalogue;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;

namespace Passerelle.Tests.Features.Pilotage.Catalogue;

/// <summary>A catalogue indicator computed in 49 as the pages and the API do (in clear), with the rows behind the number.</summary>
internal static class CatalogueDeTest
{
    /// <param name="Personnes">The persons of the counted rows, sorted (a person counted twice appears twice).</param>
    /// <param name="Partie">Those of them in a rate's numerator.</param>
    public sealed record Calcul(ValeurCalculee Valeur, IReadOnlyList<int> Personnes, IReadOnlyList<int> Partie)
    {
        /// <summary>The breakdown's rows, by label.</summary>
        public Dictionary<string, decimal?> Lignes => Valeur.Lignes.ToDictionary(l => l.Libelle, l => l.Valeur);

        /// <summary>The breakdown's rows, by the identifier of their territoire, structure, action… (0: none).</summary>
        public Dictionary<int, decimal?> ParCle => Valeur.Lignes.ToDictionary(l => l.Cle ?? 0, l => l.Valeur);
    }

    public static Task<Calcul> CalculerAsync(Application app, string code, DateOnly du, DateOnly au, Ventilation? ventilation = null, int[]? territoires = null) =>
        app.DansDepartementAsync("49", async (_, services) =>
        {
            var indicateur = CatalogueIndicateurs.Trouver(code) ?? throw new ArgumentException(code, nameof(code));
            var requete = new RequeteIndicateur(new Periode(du, au), new Portee(territoires, false), null, ventilation);
            var valeur = await services.GetRequiredService<CalculIndicateurs>().CalculerAsync(indicateur, requete, CancellationToken.None);
            var faits = indicateur.Faits is { } f ? await f(services, requete).Select(x => new { x.Personne, x.Partie }).ToListAsync() : [];
            return new Calcul(valeur, [.. faits.Select(x => x.Personne!.Value).Order()], [.. faits.Where(x => x.Partie).Select(x => x.Personne!.Value).Order()]);
        });

    /// <summary>The identifiers of the territoires of 49 the test data sit in: Angers and the Saumurois.</summary>
    public static Task<(int Angers, int Saumurois)> TerritoiresAsync(Application app) => app.DansDepartementAsync("49", async db =>
        (await db.Territoires.Where(t => t.Nom == Angers).Select(t => t.Id).SingleAsync(), await db.Territoires.Where(t => t.Nom == Saumurois).Select(t => t.Id).SingleAsync()));
}
