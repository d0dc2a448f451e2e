using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Features.Orientation;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.EquipesPluridisciplinaires;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;

namespace Passerelle.Tests.Features.EquipesPluridisciplinaires.Detection;

/// <summary>The application on a clock the tests move (a fake one, stopped at the start): the 31 days and the reminders' calendar are days apart.</summary>
public sealed class ApplicationEp : Application
{
    public HorlogeReglable Horloge { get; } = new(new DateTimeOffset(HeureDeTest.MaintenantUtc));

    /// <summary>The département's day on the application's clock.</summary>
    public DateOnly Aujourdhui => DateOnly.FromDateTime(HeureDeTest.Paris(Horloge.GetUtcNow().UtcDateTime));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(Horloge));
    }

    /// <summary>Runs a test step some days later, then puts the clock back so the next test starts today.</summary>
    public async Task PlusTardAsync(int jours, Func<Task> etape)
    {
        var avant = Horloge.GetUtcNow();
        Horloge.Regler(avant.AddDays(jours));
        try
        {
            await etape();
        }
        finally
        {
            Horloge.Regler(avant);
        }
    }
}

/// <summary>A stopped clock that may also be set back, unlike FakeTimeProvider: each test step returns to the fixture's day.</summary>
public sealed class HorlogeReglable(DateTimeOffset depart) : TimeProvider
{
    private DateTimeOffset maintenant = depart;

    public override DateTimeOffset GetUtcNow() => maintenant;

    public void Regler(DateTimeOffset instant) => maintenant = instant;
}

/// <summary>Persons in the detection queues' situations, written to the database as the import and the orientation would leave them.</summary>
internal static class DetectionDeTest
{
    public static string Jour(DateOnly jour) => jour.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A partner's program with the EP scopes; the key outlives any clock move of the tests.</summary>
    public static async Task<HttpClient> RobotAsync(ApplicationEp app) =>
        ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "49", [PorteesApi.EpLecture, PorteesApi.EpEcriture], expireLe: HeureDeTest.MaintenantUtc.AddYears(2))).Texte);

    /// <summary>A person with an open parcours in <paramref name="territoire"/>, oriented <paramref name="joursDepuisOrientation"/> days ago (null: not oriented), no contract.</summary>
    public static async Task<PersonneSuivie> OrienteeAsync(ApplicationEp app, int? joursDepuisOrientation, TypeOrientation type = TypeOrientation.Sociale, string territoire = Angers)
    {
        var p = await ParcoursDeTest.CreerAsync(app, territoire: territoire);
        if (joursDepuisOrientation is int jours)
        {
            var orientation = app.Aujourdhui.AddDays(-jours);
            await app.DansDepartementAsync("49", db => db.Set<Parcours>().Where(x => x.Id == p.ParcoursId).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.DateOrientation, orientation).SetProperty(x => x.TypeOrientation, type).SetProperty(x => x.Etape, EtapeParcours.SansReferent)));
        }
        return p;
    }

    /// <summary>Appointments the person missed without excuse, <paramref name="joursAvant"/> days before today each.</summary>
    public static Task AbsencesAsync(ApplicationEp app, int personneId, params int[] joursAvant) => app.DansDepartementAsync("49", async db =>
    {
        var maintenant = app.Horloge.GetUtcNow().UtcDateTime;
        db.AddRange(joursAvant.Select(j => new RendezVous
        {
            PersonneId = personneId,
            Type = TypeRendezVous.Suivi,
            Debut = maintenant.AddDays(-j),
            Lieu = "Maison départementale des solidarités",
            Convocation = true,
            Statut = StatutRendezVous.Absent,
            CreePar = "test",
            CreeLe = maintenant.AddDays(-j - 10),
        }));
        await db.SaveChangesAsync();
    });

    /// <summary>Every row of a queue, read page by page through the API.</summary>
    public static async Task<IReadOnlyList<JsonElement>> FileAsync(HttpClient robot, string critere, int? territoireId = null)
    {
        var lignes = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var url = $"/api/v1/ep/detection?critere={critere}&taille=100&page={page}" + (territoireId is int t ? $"&territoireId={t}" : "");
            var reponse = await robot.GetFromJsonAsync<JsonElement>(new Uri(url, UriKind.Relative));
            var elements = reponse.GetProperty("elements").EnumerateArray().ToList();
            lignes.AddRange(elements);
            if (elements.Count < 100) return lignes;
        }
    }

    public static JsonElement? Ligne(IReadOnlyList<JsonElement> file, int personneId) =>
        file.Where(l => l.GetProperty("personneId").GetInt32() == personneId).Select(l => (JsonElement?)l).FirstOrDefault();

    public static Task<HttpResponseMessage> ProposerAsync(HttpClient client, int personneId, NatureThematique nature, string motif = "Pas de contrat malgré les relances.") =>
        client.PostAsJsonAsync(new Uri("/api/v1/ep/dossiers", UriKind.Relative), new { personneId, nature = nature.ToString(), motif });

    public static Task<HttpResponseMessage> RelancerAsync(HttpClient client, params int[] personneIds) =>
        client.PostAsJsonAsync(new Uri("/api/v1/ep/detection/relances", UriKind.Relative), new { personneIds });

    public static async Task<string> DetailAsync(HttpResponseMessage reponse) =>
        (await reponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString() ?? "";

    public static Task<List<DossierEp>> DossiersAsync(ApplicationEp app, int personneId) =>
        app.DansDepartementAsync("49", db => db.Set<DossierEp>().AsNoTracking().Where(d => d.PersonneId == personneId).OrderBy(d => d.Id).ToListAsync());
}
