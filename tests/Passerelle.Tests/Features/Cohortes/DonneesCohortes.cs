using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Dossiers;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Territoires;

namespace Passerelle.Tests.Features.Cohortes;

/// <summary>A parcours a test created, with its person.</summary>
internal sealed record ParcoursDeTest(int Id, int PersonneId, string Nom, string Prenoms)
{
    public string NomComplet => Passerelle.Web.Platform.Ui.NomPersonne.Afficher(Nom, Prenoms);
}

/// <summary>
/// Parcours written directly in the database, each in a territoire of its own test so that counts
/// and lists are not disturbed by the demo data or by other tests.
/// </summary>
internal static class DonneesCohortes
{
    public static DateOnly Aujourdhui => HeureDeTest.Aujourdhui;

    public static Task<(int Id, string Nom)> CreerTerritoireAsync(Application app, string departement = "49") =>
        app.DansDepartementAsync(departement, async db =>
        {
            var territoire = new Territoire { Nom = DonneesDossiers.NomUnique("TERRITOIRE ") };
            db.Territoires.Add(territoire);
            await db.SaveChangesAsync();
            return (territoire.Id, territoire.Nom);
        });

    /// <summary>A person alone in their dossier (or with the given household) and their open parcours, set up by <paramref name="regler"/>.</summary>
    public static async Task<ParcoursDeTest> CreerAsync(Application app, string territoire, Action<Parcours> regler,
        string prenoms = "ALEX", DateOnly? naissance = null, string codeInsee = "49007", PersonneDeTest[]? foyer = null, string departement = "49")
    {
        var nom = DonneesDossiers.NomUnique();
        var demandeur = new PersonneDeTest(nom, prenoms, naissance ?? new DateOnly(1985, 5, 17));
        var dossier = await DonneesDossiers.CreerAsync(app, departement, territoire, codeInsee, "ANGERS", [demandeur, .. foyer ?? []]);
        return await app.DansDepartementAsync(departement, async db =>
        {
            var d = await db.Dossiers.SingleAsync(x => x.Id == dossier.Id);
            var parcours = new Parcours
            {
                PersonneId = dossier.Personnes[0],
                TerritoireId = d.TerritoireId,
                CodeInsee = codeInsee,
                DateEntree = Aujourdhui.AddDays(-10),
                CodeRegles = "national-2025",
                Etape = EtapeParcours.AInviter,
                EcheanceOrientation = Aujourdhui.AddDays(32),
            };
            regler(parcours);
            parcours.EcheanceProchaine ??= parcours.DateOrientation is null ? parcours.EcheanceOrientation : parcours.EcheancePremierRdv;
            db.Add(parcours);
            await db.SaveChangesAsync();
            return new ParcoursDeTest(parcours.Id, parcours.PersonneId, nom, prenoms);
        });
    }

    public static Task ModifierAsync(Application app, int parcoursId, Action<Parcours> modifier) =>
        app.DansDepartementAsync("49", async db =>
        {
            var parcours = await db.Set<Parcours>().SingleAsync(p => p.Id == parcoursId);
            modifier(parcours);
            await db.SaveChangesAsync();
        });

    public static Task<Parcours> LireAsync(Application app, int parcoursId) =>
        app.DansDepartementAsync("49", db => db.Set<Parcours>().AsNoTracking().SingleAsync(p => p.Id == parcoursId));
}
