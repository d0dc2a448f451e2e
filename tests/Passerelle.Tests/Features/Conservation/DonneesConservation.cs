using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Tests.Features.Dossiers;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Conservation;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;

namespace Passerelle.Tests.Features.Conservation;

/// <summary>Persons whose accompaniment ended on a chosen day, and the retention use cases run at a chosen instant.</summary>
internal static class DonneesConservation
{
    /// <summary>A demandeur alone in a foyer (NIR, contact details, a diagnosis with health details), right closed, parcours closed on <paramref name="cloture"/>.</summary>
    public static async Task<(DossierDeTest Dossier, int PersonneId, string Nom, string Nir)> AccompagnementTermineAsync(Application app, DateOnly cloture, string etat = EtatsDroit.Clos)
    {
        var (nom, nir) = (NomUnique("ANCIEN"), NirUnique());
        var dossier = await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(nom, "CAMILLE", new DateOnly(1980, 5, 17), Etat: etat, Nir: nir));
        var id = dossier.Personnes[0];
        await app.DansDepartementAsync("49", async db =>
        {
            await db.Personnes.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Telephone, "0601020304").SetProperty(p => p.Email, "camille@example.test"));
            db.Add(new Parcours
            {
                PersonneId = id,
                TerritoireId = await db.Dossiers.Where(d => d.Id == dossier.Id).Select(d => d.TerritoireId).SingleAsync(),
                CodeInsee = "49007",
                DateEntree = cloture.AddMonths(-8),
                CodeRegles = ReglesNationales.CodeDecret2025,
                Etape = EtapeParcours.Clos,
                TypeOrientation = TypeOrientation.Sociale,
                DateOrientation = cloture.AddMonths(-7),
                EcheanceOrientation = cloture.AddMonths(-7),
                DateCloture = cloture,
                MotifCloture = "Droit clos",
            });
            db.Add(new Web.Features.Diagnostic.Diagnostic
            {
                PersonneId = id,
                Numero = 1,
                EtabliLe = new DateTimeOffset(cloture.AddMonths(-7).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero),
                AuteurId = "test",
                AuteurNom = "Test",
                Freins = [new Web.Features.Diagnostic.Frein(Web.Features.Diagnostic.ThemeFrein.Sante, Web.Features.Diagnostic.NiveauFrein.Important, "Soins en cours")],
                Atouts = "Permis poids lourd",
                DetailSante = "Suivi en addictologie",
            });
            await db.SaveChangesAsync();
        });
        return (dossier, id, nom, nir);
    }

    /// <summary>The retention use cases of Maine-et-Loire as they run at <paramref name="instant"/>.</summary>
    public static Task<T> AvecHorlogeAsync<T>(Application app, DateTimeOffset instant, Func<ExecutionConservation, Task<T>> travail) =>
        app.DansDepartementAsync("49", async (db, services) =>
        {
            var horloge = new FakeTimeProvider(instant);
            var heure = ActivatorUtilities.CreateInstance<HeureLegale>(services, horloge);
            var audit = ActivatorUtilities.CreateInstance<AuditJournal>(services, horloge);
            return await travail(new ExecutionConservation(db, new FinAccompagnement(db, heure), new AnonymisationPersonnes(db, audit, horloge), audit));
        });

    public static Task<Personne> PersonneAsync(Application app, int id) =>
        app.DansDepartementAsync("49", db => db.Personnes.AsNoTracking().SingleAsync(p => p.Id == id));
}
