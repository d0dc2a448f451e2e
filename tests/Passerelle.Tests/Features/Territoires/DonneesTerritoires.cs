using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Territoires;

namespace Passerelle.Tests.Features.Territoires;

/// <summary>Rows a territoire test owns. Every demo commune belongs to a territoire, so tests free some first.</summary>
internal static class DonneesTerritoires
{
    public static Task<int> IdAsync(Application app, string departement, string nom) =>
        app.DansDepartementAsync(departement, db => db.Territoires.Where(t => t.Nom == nom).Select(t => t.Id).SingleAsync());

    /// <summary>Detaches one commune of a large demo territoire of 49 and returns its INSEE code.</summary>
    public static Task<string> LibererCommuneAsync(Application app) =>
        app.DansDepartementAsync("49", async db =>
        {
            var commune = await db.TerritoireCommunes
                .Where(c => db.Territoires.Any(t => t.Id == c.TerritoireId && t.Nom == "Choletais et Mauges"))
                .OrderBy(c => c.CodeInsee).FirstAsync();
            db.TerritoireCommunes.Remove(commune);
            await db.SaveChangesAsync();
            return commune.CodeInsee;
        });

    public static Task<int> CreerAsync(Application app, string nom, params string[] codes) =>
        app.DansDepartementAsync("49", async db =>
        {
            var territoire = new Territoire { Nom = nom, Communes = codes.Select(c => new TerritoireCommune { CodeInsee = c }).ToList() };
            db.Territoires.Add(territoire);
            await db.SaveChangesAsync();
            return territoire.Id;
        });

    public static Task<Territoire?> LireAsync(Application app, int id) =>
        app.DansDepartementAsync("49", db => db.Territoires.AsNoTracking().Include(t => t.Communes).SingleOrDefaultAsync(t => t.Id == id));

    public static string NomUnique(string prefixe = "Territoire test") => $"{prefixe} {Guid.NewGuid():N}"[..Math.Min(40, prefixe.Length + 33)];
}
