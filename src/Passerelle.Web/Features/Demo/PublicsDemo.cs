using Passerelle.Web.Features.Communes;
using Passerelle.Web.Features.Publics;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// A few persons accompanied beyond the RSA in each demo département (young people, PLIE
/// participants, others), entered by the département's agent through the same form service.
/// </summary>
internal static class PublicsDemo
{
    private static readonly (string Public, int Nombre, int AgeMin, int AgeMax, string Origine)[] Entrees =
    [
        ("JEUNES", 8, 18, 25, "Orienté par la mission locale"),
        ("PLIE", 5, 26, 58, "Prescription du PLIE"),
        ("AUTRE", 3, 30, 62, "Signalé par le CCAS"),
    ];

    public static Task OuvrirAsync(IServiceProvider services, int departementId, string codeDepartement, int graine, CancellationToken ct) =>
        ActeurDemo.AgirAsync(services, departementId, $"agent@{codeDepartement}.passerelle.test", async scope =>
        {
            var hasard = new Random(graine);
            var communes = (await scope.GetRequiredService<CommunesDuDepartement>().ToutesAsync(ct)).OrderByDescending(c => c.Population).Take(30).ToList();
            var ouverture = scope.GetRequiredService<OuvertureParcours>();
            var aujourdhui = scope.GetRequiredService<Platform.HeureLegale>().Aujourdhui;
            foreach (var entree in Entrees)
                for (var i = 0; i < entree.Nombre; i++)
                {
                    var femme = hasard.NextDouble() < 0.5;
                    var prenoms = femme ? GenerateurFluxCnaf.PrenomsF : GenerateurFluxCnaf.PrenomsH;
                    await ouverture.OuvrirAsync(new SaisieOuverture
                    {
                        Nom = GenerateurFluxCnaf.Noms[hasard.Next(GenerateurFluxCnaf.Noms.Length)],
                        Prenoms = prenoms[hasard.Next(prenoms.Length)],
                        DateNaissance = aujourdhui.AddYears(-hasard.Next(entree.AgeMin, entree.AgeMax + 1)).AddDays(-hasard.Next(0, 365)),
                        Sexe = femme ? "2" : "1",
                        Commune = communes[hasard.Next(communes.Count)].CodeInsee,
                        Public = entree.Public,
                        Origine = entree.Origine,
                    }, ct);
                }
        });
}
