using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Features.Envois;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Comites;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Pilotage.Catalogue;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Comites.ComitesDeTest;

namespace Passerelle.Tests.Features.Pilotage.Catalogue;

/// <summary>
/// The pilots' e-mail before a comité (<see cref="EnvoiRappelsSaisie"/>) through a real SMTP server, on a clock set to
/// 10 February 2031 (last closed quarter: October–December 2030): once per pilot and meeting, only the indicators still to enter.
/// </summary>
public sealed class RappelsSaisieEmailTests(EnvoisDeTest envois) : IClassFixture<EnvoisDeTest>
{
    private static readonly DateTimeOffset Le10Fevrier = new(2031, 2, 10, 9, 0, 0, TimeSpan.Zero);
    private const string PiloteDemo = "pilote@49.passerelle.test";

    [Fact]
    public async Task Un_email_par_pilote_et_reunion_sans_les_indicateurs_saisis_puis_plus_rien()
    {
        var (fiche, indicateurs) = await FicheAsync("rencontres", "entreprises partenaires", "ateliers tenus");
        Assert.True((await SaisirAsync(indicateurs[1])).Resultat.Reussi);
        var comite = await ComiteAsync(fiche, new DateOnly(2031, 2, 20), new DateOnly(2031, 3, 5));
        var (_, pilote) = await ComptesDeTest.CreerCompteAsync(envois.App, "49", Role.PiloteProgramme);
        var (_, inactif) = await ComptesDeTest.CreerCompteAsync(envois.App, "49", Role.PiloteProgramme, actif: false);
        var (_, referent) = await ComptesDeTest.CreerCompteAsync(envois.App, "49", Role.AgentDepartemental);
        var (_, autre) = await ComptesDeTest.CreerCompteAsync(envois.App, "37", Role.PiloteProgramme);

        Assert.Contains("rappel(s) de saisie", await ExecuterAsync(Le10Fevrier), StringComparison.Ordinal);
        foreach (var adresse in new[] { PiloteDemo, pilote })
        {
            var mail = Assert.Single(Recus(adresse, comite));
            Assert.Equal($"Indicateurs à saisir avant le comité « {comite} » du 20 février 2031", mail.Subject);
            Assert.Contains("pour la période du 1 octobre 2030 au 31 décembre 2030", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains($"- Fiche 9 : rencontres\n  http://localhost/pilotage/indicateurs-fiche/{indicateurs[0]}\n", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains($"/pilotage/indicateurs-fiche/{indicateurs[2]}", mail.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("entreprises partenaires", mail.TextBody, StringComparison.Ordinal);
        }
        foreach (var adresse in new[] { inactif, referent, autre }) Assert.Empty(Recus(adresse, comite));

        var total = envois.Smtp.Recus.Count;
        await Task.WhenAll(ExecuterAsync(Le10Fevrier), ExecuterAsync(Le10Fevrier.AddHours(1)));
        Assert.Equal(total, envois.Smtp.Recus.Count);
        var envoye = await envois.App.DansDepartementAsync("49", async (db, s) =>
        {
            var reunion = await db.Set<Reunion>().Where(r => r.Date == new DateOnly(2031, 2, 20) && db.Set<Comite>().Any(c => c.Id == r.ComiteId && c.Nom == comite)).Select(r => r.Id).SingleAsync();
            return (await Saisie(s, Le10Fevrier).RappelsEnvoyesAsync([reunion], CancellationToken.None))[reunion];
        });
        Assert.Equal((new DateOnly(2031, 2, 10), envois.Smtp.Recus.Count(m => m.Subject!.Contains($"« {comite} »", StringComparison.Ordinal))), envoye);

        Assert.True((await SaisirAsync(indicateurs[0])).Resultat.Reussi);
        await Task.WhenAll(ExecuterAsync(Le10Fevrier.AddDays(15)), ExecuterAsync(Le10Fevrier.AddDays(15)));
        var suivant = Assert.Single(Recus(pilote, comite), m => m.Subject!.EndsWith("5 mars 2031", StringComparison.Ordinal));
        Assert.DoesNotContain("rencontres", suivant.TextBody, StringComparison.Ordinal);
        Assert.Contains("ateliers tenus", suivant.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reunion_hors_du_delai_rappelee_seulement_quand_le_departement_allonge_le_delai()
    {
        var (fiche, _) = await FicheAsync("bilans de fin d'action");
        var comite = await ComiteAsync(fiche, new DateOnly(2031, 3, 12));

        await ExecuterAsync(Le10Fevrier);
        Assert.Empty(Recus(PiloteDemo, comite));
        await ExecuterAsync(Le10Fevrier, joursAvantComite: 40);
        Assert.Contains("12 mars 2031", Assert.Single(Recus(PiloteDemo, comite)).Subject, StringComparison.Ordinal);
    }

    /// <summary>Through the scheduler itself, on the real clock: the task is registered and runs with the others.</summary>
    [Fact]
    public async Task La_couverture_dit_quand_le_rappel_est_parti()
    {
        var (fiche, _) = await FicheAsync("réunions partenaires");
        var comite = await ComiteAsync(fiche, HeureDeTest.Aujourdhui.AddDays(5));
        using var pilote = await Navigateur.ConnecteAsync(envois.App, "pilote@49");
        string Rappel(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelectorAll("#a-saisir tr").Single(tr => tr.QuerySelector("th")!.TextContent == comite).QuerySelector(".rappel")!.TextContent;
        Assert.Equal("Rappel par e-mail pas encore envoyé", Rappel(await pilote.PageAsync("/pilotage/couverture")));

        await envois.App.Services.GetRequiredService<PlanificateurRappels>().ExecuterAsync(CancellationToken.None);
        Assert.StartsWith($"Rappel envoyé le {ChampsPersonne.FormaterDate(HeureDeTest.Aujourdhui)} à ", Rappel(await pilote.PageAsync("/pilotage/couverture")), StringComparison.Ordinal);
    }

    private List<MimeMessage> Recus(string adresse, string comite) =>
        [.. envois.Smtp.RecusPour(adresse).Where(m => (m.Subject ?? "").Contains($"« {comite} »", StringComparison.Ordinal))];

    private Task<string?> ExecuterAsync(DateTimeOffset instant, int? joursAvantComite = null) => envois.DansDepartementAsync("49", (s, _) =>
    {
        var heure = ActivatorUtilities.CreateInstance<HeureLegale>(s, new FakeTimeProvider(instant));
        var configuration = new ConfigurationBuilder().AddConfiguration(s.GetRequiredService<IConfiguration>())
            .AddInMemoryCollection(joursAvantComite is int j ? new Dictionary<string, string?> { ["Pilotage:JoursRappelAvantComite:49"] = $"{j}" } : []).Build();
        var rappels = ActivatorUtilities.CreateInstance<RappelsSaisie>(s, heure, (IConfiguration)configuration);
        return ActivatorUtilities.CreateInstance<EnvoiRappelsSaisie>(s, heure, rappels).ExecuterAsync(CancellationToken.None);
    });

    private static RappelsSaisie Saisie(IServiceProvider s, DateTimeOffset instant) =>
        ActivatorUtilities.CreateInstance<RappelsSaisie>(s, ActivatorUtilities.CreateInstance<HeureLegale>(s, new FakeTimeProvider(instant)));

    private Task<Ecriture> SaisirAsync(int indicateur) => envois.App.DansDepartementAsync("49", (_, s) =>
        s.GetRequiredService<ServiceSaisiesIndicateur>().EnregistrerAsync(indicateur, new SaisieValeur(TypePeriode.Trimestre, 2030, 4, null, null, "5", null), null, CancellationToken.None));

    /// <summary>A programme of its own with one fiche (code 9) whose indicators, without catalogue code, are entered by hand.</summary>
    private async Task<(int Fiche, List<int> Indicateurs)> FicheAsync(params string[] libelles)
    {
        var code = Nom("P");
        var indicateurs = string.Join(", ", libelles.Select(l => $$"""{ "libelle": "{{l}}", "unite": "nombre" }"""));
        var json = $$"""
            { "format": "passerelle-programme/1", "code": "{{code}}", "departement": "49", "type": "PDI", "titre": "Programme {{code}}", "debut": "2025-01-01", "fin": "2032-12-31", "source": "test",
              "elements": [ { "niveau": "fiche", "code": "9", "titre": "Réseau d'entreprises", "fiche": { "pilote": "Département", "indicateurs": [ {{indicateurs}} ] } } ] }
            """;
        return await envois.App.DansDepartementAsync("49", async (db, s) =>
        {
            await using var flux = new MemoryStream(Encoding.UTF8.GetBytes(json));
            var r = await s.GetRequiredService<ImportProgrammes>().ImporterAsync(flux, "p.json", "test", CancellationToken.None);
            Assert.True(r.Reussi, string.Join(" | ", r.Erreurs));
            var fiche = await db.Set<ElementProgramme>().Where(e => e.ProgrammeId == r.ProgrammeId && e.Code == "9").Select(e => e.Id).SingleAsync();
            return (fiche, await db.Set<IndicateurFiche>().Where(i => i.FicheActionId == fiche).OrderBy(i => i.Ordre).Select(i => i.Id).ToListAsync());
        });
    }

    private Task<string> ComiteAsync(int fiche, params DateOnly[] reunions) => envois.App.DansDepartementAsync("49", async db =>
    {
        var comite = new Comite { Nom = Nom("Comité"), Type = TypeComite.Pilotage, Frequence = FrequenceComite.Trimestrielle, Fiches = [new FicheComite { FicheActionId = fiche }] };
        db.Add(comite);
        await db.SaveChangesAsync();
        db.AddRange(reunions.Select(d => new Reunion { ComiteId = comite.Id, Date = d, Lieu = "Hôtel du Département" }));
        await db.SaveChangesAsync();
        return comite.Nom;
    });
}
