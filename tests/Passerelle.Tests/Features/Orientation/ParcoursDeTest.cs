using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Support;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;

namespace Passerelle.Tests.Features.Orientation;

internal sealed record PersonneSuivie(int PersonneId, int ParcoursId, int DossierId, string Nom);

/// <summary>Persons with an open parcours, created as an import would: a dossier, then the parcours synchronisation.</summary>
internal static class ParcoursDeTest
{
    public static async Task<PersonneSuivie> CreerAsync(Application app, string departement = "49", string? territoire = Angers, string role = "DEM", bool sdd = true)
    {
        var nom = NomUnique();
        var dossier = await Dossiers.DonneesDossiers.CreerAsync(app, departement, territoire, "49007", "ANGERS",
            new Dossiers.PersonneDeTest(nom, "CAMILLE", new DateOnly(1985, 4, 12), role, Sdd: sdd));
        await SynchroniserAsync(app, departement);
        var parcours = await app.DansDepartementAsync(departement, db =>
            db.Set<Parcours>().Where(p => p.PersonneId == dossier.Personnes[0] && p.DateCloture == null).Select(p => (int?)p.Id).FirstOrDefaultAsync());
        return new PersonneSuivie(dossier.Personnes[0], parcours ?? 0, dossier.Id, nom);
    }

    public static async Task<ResultatSynchronisation> SynchroniserAsync(Application app, string departement = "49")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await db.Departements.Where(d => d.Code == departement).Select(d => d.Id).SingleAsync();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Utiliser(id);
        return await scope.ServiceProvider.GetRequiredService<SynchronisationParcours>().ExecuterAsync();
    }

    public static Task<Parcours> LireAsync(Application app, int parcoursId, string departement = "49") =>
        app.DansDepartementAsync(departement, db => db.Set<Parcours>().AsNoTracking().SingleAsync(p => p.Id == parcoursId));

    /// <summary>The demo account's user id and its habilitation's structure.</summary>
    public static Task<(string UtilisateurId, int StructureId)> CompteAsync(Application app, string email, Role role) =>
        app.DansDepartementAsync("49", async db =>
        {
            var h = await db.Habilitations.Where(h => h.Role == role && db.Users.Any(u => u.Id == h.UtilisateurId && u.Email == email))
                .Select(h => new { h.UtilisateurId, h.StructureId }).FirstAsync();
            return (h.UtilisateurId, h.StructureId ?? 0);
        });
}
