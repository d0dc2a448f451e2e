using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Structures;

namespace Passerelle.Tests.Features.Structures;

/// <summary>Structures a test owns, created directly in the database of département 49.</summary>
internal static class DonneesStructures
{
    public static string NomUnique(string prefixe = "Structure test") => $"{prefixe} {Guid.NewGuid():N}"[..Math.Min(40, prefixe.Length + 33)];

    public static Task<int> CreerAsync(Application app, string nom, params string[] territoires) =>
        app.DansDepartementAsync("49", async db =>
        {
            var ids = await db.Territoires.Where(t => territoires.Contains(t.Nom)).Select(t => t.Id).ToListAsync();
            var structure = new Structure
            {
                Nom = nom,
                Type = TypeStructure.AssociationDelegataire,
                Siret = SiretsDeTest.Nouveau(),
                Adresse = "1 rue des Tests",
                CodeInsee = "49007",
                Territoires = ids.Select(id => new StructureTerritoire { TerritoireId = id }).ToList(),
            };
            db.Structures.Add(structure);
            await db.SaveChangesAsync();
            return structure.Id;
        });

    public static Task<Structure?> LireAsync(Application app, int id) =>
        app.DansDepartementAsync("49", db => db.Structures.AsNoTracking().Include(s => s.Territoires).SingleOrDefaultAsync(s => s.Id == id));

    public static Task<int> IdAsync(Application app, string departement, string nom) =>
        app.DansDepartementAsync(departement, db => db.Structures.Where(s => s.Nom == nom).Select(s => s.Id).SingleAsync());

    /// <summary>A demo structure of 49 that serves only the given territoire (not the département-wide ones).</summary>
    public static Task<(int Id, string Nom)> DuSeulTerritoireAsync(Application app, string departement, string territoire) =>
        app.DansDepartementAsync(departement, async db =>
        {
            var s = await db.Structures
                .Where(s => s.Territoires.Count == 1 && s.Territoires.Any(t => t.Territoire!.Nom == territoire))
                .OrderBy(s => s.Id).FirstAsync();
            return (s.Id, s.Nom);
        });

    public static Task<int> IdTerritoireAsync(Application app, string nom) =>
        app.DansDepartementAsync("49", db => db.Territoires.Where(t => t.Nom == nom).Select(t => t.Id).SingleAsync());
}
