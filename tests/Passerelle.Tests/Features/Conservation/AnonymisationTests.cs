using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Conservation;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform.Audit;
using static Passerelle.Tests.Features.Conservation.DonneesConservation;
using static Passerelle.Tests.Features.Portefeuille.DonneesPortefeuille;

namespace Passerelle.Tests.Features.Conservation;

/// <summary>
/// The clock stands on 1 July 2031 at 22:30 UTC, already 2 July in Paris: with 24 months, an
/// accompaniment that ended on 1 July 2029 is past retention, one that ended on 2 July 2029 is kept
/// (with the UTC day both would be kept). Everything else the demo holds is long past by then too.
/// </summary>
public sealed class AnonymisationTests(Application app) : IClassFixture<Application>
{
    private static readonly DateTimeOffset Instant = new(2031, 7, 1, 22, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Echue = new(2029, 7, 1), Gardee = new(2029, 7, 2);

    private Task<int> SimulationsAsync() =>
        app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == AuditActions.SimulationAnonymisation));

    [Fact]
    public async Task Simulation_avant_anonymisation_ne_modifie_rien_et_date_la_fin_la_plus_recente()
    {
        var echue = await AccompagnementTermineAsync(app, Echue);
        await AccompagnementTermineAsync(app, Gardee);
        var simulations = await SimulationsAsync();

        var rapport = await AvecHorlogeAsync(app, Instant, e => e.SimulerAsync(null, CancellationToken.None));

        Assert.Equal(new DateOnly(2029, 7, 2), rapport.Limite);
        Assert.True(rapport.Personnes >= 1 && rapport.Foyers >= 1 && rapport.Diagnostics >= 1);
        Assert.Equal(Echue, rapport.PlusRecenteFin);
        var personne = await PersonneAsync(app, echue.PersonneId);
        Assert.Equal((echue.Nom, echue.Nir), (personne.Nom, NirEnClair(personne)));
        Assert.False(await app.DansDepartementAsync("49", db => db.Set<PersonneAnonymisee>().AnyAsync(a => a.PersonneId == echue.PersonneId)));
        Assert.Equal(simulations + 1, await SimulationsAsync());
    }

    [Fact]
    public async Task Anonymisation_efface_les_personnes_echues_en_heure_legale_et_garde_les_autres()
    {
        var echue = await AccompagnementTermineAsync(app, Echue);
        var gardee = await AccompagnementTermineAsync(app, Gardee);
        var droitOuvert = await AccompagnementTermineAsync(app, new DateOnly(2020, 1, 1), EtatsDroit.OuvertVersable);
        var rdvRecent = await AccompagnementTermineAsync(app, Echue);
        await RendezVousAsync(app, rdvRecent.PersonneId, new DateTime(2029, 7, 1, 22, 30, 0, DateTimeKind.Utc), StatutRendezVous.Honore);
        await RendezVousAsync(app, echue.PersonneId, new DateTime(2029, 6, 1, 8, 0, 0, DateTimeKind.Utc), StatutRendezVous.Honore);

        var (personnes, foyers) = await AvecHorlogeAsync(app, Instant, e => e.AnonymiserAsync(null, CancellationToken.None));

        Assert.True(personnes >= 1 && foyers >= 1);
        var p = await PersonneAsync(app, echue.PersonneId);
        Assert.Equal((AnonymisationPersonnes.Anonyme, AnonymisationPersonnes.Anonyme, "", AnonymisationPersonnes.Anonyme), (p.Nom, p.NomNaissance, p.Prenoms, p.CleIdentite));
        Assert.Equal<object?[]>([null, null, null, null, null, null], [p.NirChiffre, p.EmpreinteNir, p.Telephone, p.Email, p.CommuneNaissance, p.Civilite]);
        Assert.Equal((new DateOnly(1980, 1, 1), "1", EtatsDroit.Clos), (p.DateNaissance, p.Sexe, p.EtatDroit));
        await app.DansDepartementAsync("49", async db =>
        {
            var dossier = await db.Dossiers.SingleAsync(d => d.Id == echue.Dossier.Id);
            Assert.Equal((null, null, null, "", "49007"), (dossier.NumeroVoie, dossier.TypeVoie, dossier.NomVoie, dossier.Matricule, dossier.CodeInsee));
            Assert.NotEqual(echue.Dossier.NumDemRsa, dossier.NumDemRsa);
            Assert.NotNull(dossier.TerritoireId);
            var diagnostic = await db.Set<Web.Features.Diagnostic.Diagnostic>().SingleAsync(d => d.PersonneId == echue.PersonneId);
            Assert.Equal((null, null), (diagnostic.DetailSante, diagnostic.Atouts));
            Assert.Equal(Web.Features.Diagnostic.NiveauFrein.Important, diagnostic.Freins.Single().Niveau);
            Assert.Null(diagnostic.Freins.Single().Commentaire);
            Assert.Equal("", await db.Set<RendezVous>().Where(r => r.PersonneId == echue.PersonneId).Select(r => r.Lieu).SingleAsync());
            Assert.Equal(1, await db.Audit.CountAsync(a => a.Action == AuditActions.Anonymisation && a.Objet == nameof(Personne) && a.ObjetId == echue.PersonneId.ToString()));
        });
        foreach (var kept in new[] { gardee, droitOuvert, rdvRecent })
            Assert.Equal((kept.Nom, kept.Nir), await PersonneAsync(app, kept.PersonneId) is var k ? (k.Nom, NirEnClair(k)) : default);

        Assert.Equal((0, 0), await AvecHorlogeAsync(app, Instant, e => e.AnonymiserAsync(null, CancellationToken.None)));
        Assert.Equal(AnonymisationPersonnes.Anonyme, (await PersonneAsync(app, echue.PersonneId)).Nom);
    }

    [Fact]
    public async Task Anonymisation_une_fois_la_duree_allongee_garde_ce_qu_elle_aurait_efface()
    {
        using (var admin = await Navigateur.ConnecteAsync(app, "admin@49"))
        {
            var reponse = await admin.SoumettreAsync("/administration/conservation", [new("Saisie.DureeMois", "36"), new("Saisie.Version", "0")]);
            Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        }
        try
        {
            var echue = await AccompagnementTermineAsync(app, new DateOnly(2028, 7, 1));
            var rapport = await AvecHorlogeAsync(app, Instant, e => e.SimulerAsync(null, CancellationToken.None));
            Assert.Equal((36, new DateOnly(2028, 7, 2)), (rapport.DureeMois, rapport.Limite));
            await AvecHorlogeAsync(app, Instant.AddDays(-1), e => e.AnonymiserAsync(null, CancellationToken.None));
            Assert.Equal(echue.Nom, (await PersonneAsync(app, echue.PersonneId)).Nom);
            await AvecHorlogeAsync(app, Instant, e => e.AnonymiserAsync(null, CancellationToken.None));
            Assert.Equal(AnonymisationPersonnes.Anonyme, (await PersonneAsync(app, echue.PersonneId)).Nom);
        }
        finally
        {
            await app.DansDepartementAsync("49", db => db.Set<ReglesConservation>().ExecuteDeleteAsync());
        }
    }

    [Fact]
    public async Task Ligne_de_commande_simule_et_refuse_un_usage_faux()
    {
        var sortie = new StringWriter();
        Assert.Equal(0, await LigneDeCommandeConservation.ExecuterAsync(app.Services, ["conservation", "simulation", "--departement", "49"], sortie));
        Assert.StartsWith("Conservation de 24 mois", sortie.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await LigneDeCommandeConservation.ExecuterAsync(app.Services, ["conservation", "effacer", "--departement", "49"], TextWriter.Null));
        Assert.Equal(1, await LigneDeCommandeConservation.ExecuterAsync(app.Services, ["conservation", "anonymisation", "--departement", "99"], TextWriter.Null));
    }

    private string? NirEnClair(Personne personne) =>
        app.Services.GetRequiredService<ProtectionNir>().Lire(personne.NirChiffre);
}
