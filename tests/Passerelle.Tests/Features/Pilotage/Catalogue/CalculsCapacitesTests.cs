using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.EquipesPluridisciplinaires;
using Passerelle.Web.Features.Pilotage.Catalogue;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;
using static Passerelle.Tests.Features.EquipesPluridisciplinaires.Seances.SeancesDeTest;
using static Passerelle.Tests.Features.Pilotage.Catalogue.CatalogueDeTest;

namespace Passerelle.Tests.Features.Pilotage.Catalogue;

/// <summary>
/// The catalogue's indicators on the other capabilities (EP-…) on rows built by hand in 2004, a year no other row of this
/// fixture reaches, every row one minute (legal time) on either side of a boundary of the period, or of the wrong kind.
/// </summary>
public sealed class CalculsCapacitesTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Passages_en_ep_comptent_les_dossiers_avec_avis_en_seance_tenue_dans_la_periode()
    {
        var (du, au) = (new DateOnly(2004, 4, 1), new DateOnly(2004, 6, 30));
        var equipe = await EquipeAsync(app);
        var debut = new DateTime(2004, 3, 31, 22, 0, 0, DateTimeKind.Utc); // 1 April 00:00 in Paris (summer time)
        var seances = await app.DansDepartementAsync("49", async db =>
        {
            var liste = new[] { debut, debut.AddMinutes(-1), new DateTime(2004, 6, 30, 21, 59, 0, DateTimeKind.Utc), new DateTime(2004, 6, 30, 22, 0, 0, DateTimeKind.Utc) }
                .Select(d => new SeanceEp { EquipePluridisciplinaireId = equipe.Id, Debut = d, Lieu = "Angers", Statut = StatutSeance.Close }).ToList();
            db.AddRange(liste);
            await db.SaveChangesAsync();
            return liste.ConvertAll(s => s.Id);
        });
        var (premier, veille, dernier, lendemain) = (seances[0], seances[1], seances[2], seances[3]);
        async Task<int> PassageAsync(NatureThematique nature, int seance, bool avis = true, string territoire = Angers)
        {
            var dossier = await DossierAsync(app, territoire, nature);
            await app.DansDepartementAsync("49", db => db.Set<DossierEp>().Where(d => d.Id == dossier.Id).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.SeanceEpId, seance).SetProperty(d => d.Avis, avis ? TypeDecisionEp.Maintien : null).SetProperty(d => d.Statut, avis ? StatutDossierEp.AvisRendu : StatutDossierEp.Inscrit)));
            return dossier.PersonneId;
        }
        var nonInscrit = await PassageAsync(NatureThematique.NonInscritFranceTravail, premier);
        await PassageAsync(NatureThematique.NonInscritFranceTravail, veille);
        await PassageAsync(NatureThematique.NonInscritFranceTravail, lendemain);
        await PassageAsync(NatureThematique.NonInscritFranceTravail, dernier, avis: false);
        var sansContrat = await PassageAsync(NatureThematique.SansContrat, dernier, territoire: Saumurois);
        var absences = await PassageAsync(NatureThematique.AbsencesRepetees, premier);
        var contrat = await PassageAsync(NatureThematique.ContratNonRespecte, dernier);
        await PassageAsync(NatureThematique.Reorientation, dernier);
        await PassageAsync(NatureThematique.SansContrat, veille);

        var nonInscription = await CalculerAsync(app, "EP-PASSAGES-NON-INSCRIPTION", du, au, Ventilation.Territoire);
        Assert.Equal(1m, nonInscription.Valeur.Valeur);
        Assert.Equal(new Dictionary<string, decimal?> { [Angers] = 1m }, nonInscription.Lignes);
        Assert.Equal([nonInscrit], nonInscription.Personnes);

        var droitsDevoirs = await CalculerAsync(app, "EP-PASSAGES-DROITS-DEVOIRS", du, au, Ventilation.Territoire);
        Assert.Equal(4m, droitsDevoirs.Valeur.Valeur);
        Assert.Equal(new Dictionary<string, decimal?> { [Angers] = 3m, [Saumurois] = 1m }, droitsDevoirs.Lignes);
        Assert.Equal(new[] { nonInscrit, sansContrat, absences, contrat }.Order(), droitsDevoirs.Personnes);
        var (_, saumurois) = await TerritoiresAsync(app);
        Assert.Equal(1m, (await CalculerAsync(app, "EP-PASSAGES-DROITS-DEVOIRS", du, au, territoires: [saumurois])).Valeur.Valeur);
    }
}
