using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Conservation;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using static Passerelle.Tests.Features.Conservation.DonneesConservation;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;
using static Passerelle.Tests.Features.Portefeuille.DonneesPortefeuille;

namespace Passerelle.Tests.Features.Conservation;

/// <summary>The persons of 2003, accompanied then gone, are anonymised in 2031: the indicators of 2003 give the same answer.</summary>
public sealed class IndicateursApresAnonymisationTests(Application app) : IClassFixture<Application>
{
    private static DateTime Utc(int mois, int jour) => new(2003, mois, jour, 9, 0, 0, DateTimeKind.Utc);

    private static async Task<string> IndicateursAsync(Navigateur navigateur, string requete)
    {
        var reponse = await navigateur.GetAsync($"/api/v1/indicateurs/orientation?{requete}");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        return await reponse.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Indicateurs_apres_anonymisation_sont_identiques()
    {
        var referent = await CompteAsync(app, "referent@49");
        var personnes = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            var p = await AccompagnementTermineAsync(app, new DateOnly(2003, 12, 1).AddDays(i));
            personnes.Add(p.PersonneId);
            var parcoursId = await app.DansDepartementAsync("49", async db =>
            {
                var parcours = await db.Set<Parcours>().SingleAsync(x => x.PersonneId == p.PersonneId);
                (parcours.DateEntree, parcours.DateOrientation, parcours.EcheanceOrientation) = (new DateOnly(2003, 2, 1).AddDays(i * 5), new DateOnly(2003, 4, 1), new DateOnly(2003, 3, 15));
                (parcours.DatePremierRdvReferent, parcours.EcheancePremierRdv) = (i % 2 == 0 ? new DateOnly(2003, 4, 10).AddDays(i) : null, new DateOnly(2003, 4, 15));
                await db.SaveChangesAsync();
                return parcours.Id;
            });
            await AjouterHistoriqueAsync(app, p.Dossier, p.PersonneId, new DateOnly(2003, 2, 1).AddDays(i * 5), EvenementDroit.NouvelEntrant);
            await AjouterHistoriqueAsync(app, p.Dossier, p.PersonneId, new DateOnly(2003, 11, 30), EvenementDroit.Sortie, EtatsDroit.Clos);
            await DesignerAsync(app, parcoursId, p.PersonneId, referent, TypeOrientation.Sociale, new DateOnly(2003, 4, 5), fin: new DateOnly(2003, 12, 1));
            await RendezVousAsync(app, p.PersonneId, Utc(3, 1 + i), i % 3 == 0 ? StatutRendezVous.Absent : StatutRendezVous.Honore);
            await RendezVousAsync(app, p.PersonneId, Utc(5, 1 + i), StatutRendezVous.Honore, convocation: true);
        }
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        using var lecteur = await Navigateur.ConnecteAsync(app, "lecteur@49");
        string[] requetes = ["du=2003-01-01&au=2003-12-31", "du=2003-03-01&au=2003-06-30", "du=2003-01-01&au=2003-12-31&territoireId=" + await TerritoireAsync()];
        var avant = new List<string>();
        foreach (var requete in requetes) avant.AddRange([await IndicateursAsync(agent, requete), await IndicateursAsync(lecteur, requete)]);

        await AvecHorlogeAsync(app, new DateTimeOffset(2031, 7, 1, 8, 0, 0, TimeSpan.Zero), e => e.AnonymiserAsync(null, CancellationToken.None));

        foreach (var id in personnes) Assert.Equal(AnonymisationPersonnes.Anonyme, (await PersonneAsync(app, id)).Nom);
        var apres = new List<string>();
        foreach (var requete in requetes) apres.AddRange([await IndicateursAsync(agent, requete), await IndicateursAsync(lecteur, requete)]);
        Assert.Equal(avant, apres);
        Assert.Contains("\"effectif\":{\"valeur\":6", avant[0], StringComparison.Ordinal);
    }

    private Task<int> TerritoireAsync() =>
        app.DansDepartementAsync("49", db => db.Territoires.Where(t => t.Nom == Angers).Select(t => t.Id).SingleAsync());
}
