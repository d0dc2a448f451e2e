using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Dossiers;
using Passerelle.Tests.Features.Prescriptions.Indicateurs;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Diagnostic;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Territoires;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;

namespace Passerelle.Tests.Features.Pilotage.Maillage;

/// <summary>
/// A maillage of 2024 with known answers, on three new territoires of 49 (Vide, Un, Deux). Un: P1 (diagnosis of 2023 mobilité
/// important, superseded in March 2024 by mobilité léger + logement important, itself followed in 2025 by a version without
/// frein), P2 (mobilité important, santé important), P3 (mobilité important, parcours closed in June 2024: not followed at the
/// end of 2024). Deux: P4 (mobilité léger). Offer: mobilité for Un (6 places in 2024, 100 in 2023), mobilité for Un and Deux
/// but retired (50), logement for Deux (4). Vide has nothing of its own: its places are those of the actions open to the whole
/// département (demo data), the base of the others.
/// </summary>
internal sealed record MaillageDeTest(int Vide, int Un, int Deux, string NomUn, int P1, int P2, int P3, int P4)
{
    public const int Annee = 2024;

    private static Frein F(ThemeFrein t, NiveauFrein n) => new(t, n, null);

    public static async Task<MaillageDeTest> CreerAsync(Application app)
    {
        var noms = new[] { NomUnique("VIDE"), NomUnique("UN"), NomUnique("DEUX") };
        var ids = await app.DansDepartementAsync("49", async db =>
        {
            var territoires = noms.Select(n => new Territoire { Nom = n }).ToList();
            db.Territoires.AddRange(territoires);
            await db.SaveChangesAsync();
            return territoires.Select(t => t.Id).ToList();
        });
        var p1 = await PersonneAsync(app, (ids[1], noms[1]), null, (new(2023, 5, 1), [F(ThemeFrein.Mobilite, NiveauFrein.Important)]),
            (new(2024, 3, 1), [F(ThemeFrein.Mobilite, NiveauFrein.Leger), F(ThemeFrein.Logement, NiveauFrein.Important)]), (new(2025, 2, 1), []));
        var p2 = await PersonneAsync(app, (ids[1], noms[1]), null, (new(2024, 6, 1), [F(ThemeFrein.Mobilite, NiveauFrein.Important), F(ThemeFrein.Sante, NiveauFrein.Important)]));
        var p3 = await PersonneAsync(app, (ids[1], noms[1]), new(2024, 6, 30), (new(2024, 2, 1), [F(ThemeFrein.Mobilite, NiveauFrein.Important)]));
        var p4 = await PersonneAsync(app, (ids[2], noms[2]), null, (new(2024, 1, 10), [F(ThemeFrein.Mobilite, NiveauFrein.Leger)]));
        var structure = await OffreDeTest.StructureAsync(app, "Maillage");
        await ActionAsync(app, structure, [ids[1]], "mobilite--preparer-un-permis", StatutAction.Publiee, (new(2024, 1, 1), new(2024, 12, 31), 6), (new(2023, 1, 1), new(2023, 12, 31), 100));
        await ActionAsync(app, structure, [ids[1], ids[2]], "mobilite--financer-ma-mobilite", StatutAction.Retiree, (new(2024, 1, 1), new(2024, 12, 31), 50));
        await ActionAsync(app, structure, [ids[2]], "logement-hebergement--louer-un-logement", StatutAction.Publiee, (new(2024, 9, 1), new(2025, 8, 31), 4));
        return new(ids[0], ids[1], ids[2], noms[1], p1, p2, p3, p4);
    }

    private static async Task<int> PersonneAsync(Application app, (int Id, string Nom) territoire, DateOnly? cloture, params (DateOnly Le, Frein[] Freins)[] diagnostics)
    {
        var personne = (await DonneesDossiers.CreerAsync(app, "49", territoire.Nom, "49007", "VILLE", new PersonneDeTest(NomUnique(), "MAILLAGE", new DateOnly(1984, 6, 1)))).Personnes[0];
        await app.DansDepartementAsync("49", async db =>
        {
            db.Add(new Parcours
            {
                PersonneId = personne,
                TerritoireId = territoire.Id,
                DateEntree = new DateOnly(2024, 1, 1),
                CodeRegles = ReglesNationales.CodeDecret2025,
                Etape = EtapeParcours.AInviter,
                EcheanceOrientation = new DateOnly(2024, 2, 1),
                DateCloture = cloture,
                MotifCloture = cloture is null ? null : "Essai",
            });
            var numero = 0;
            foreach (var (le, freins) in diagnostics)
                db.Add(new Web.Features.Diagnostic.Diagnostic
                {
                    PersonneId = personne,
                    Numero = ++numero,
                    EtabliLe = new DateTimeOffset(le.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero),
                    AuteurId = "essai",
                    AuteurNom = "Essai",
                    Freins = [.. freins],
                });
            await db.SaveChangesAsync();
        });
        return personne;
    }

    private static async Task ActionAsync(Application app, int structure, List<int> territoires, string thematique, StatutAction statut,
        params (DateOnly Debut, DateOnly Fin, int Places)[] places)
    {
        var id = await OffreDeTest.ActionAsync(app, structure, places);
        await app.DansDepartementAsync("49", async db =>
        {
            var action = await db.Set<ActionInsertion>().SingleAsync(a => a.Id == id);
            (action.Territoires, action.Thematiques, action.Statut) = (territoires, [thematique], statut);
            await db.SaveChangesAsync();
        });
    }
}
