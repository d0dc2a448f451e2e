using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Tests.Features.Orientation;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.EquipesPluridisciplinaires;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.EquipesPluridisciplinaires.Decisions;

/// <summary>
/// The application on a clock fixed at 10:00 in Paris on 2 January 2027 (far from the day the suite runs): the month
/// for observations after an informing letter of 3 December 2026 runs until 3 January 2027, the day after « today ».
/// </summary>
public sealed class ApplicationDecisionsEp : Application
{
    public static readonly DateOnly Aujourdhui = new(2027, 1, 2);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2027, 1, 2, 9, 0, 0, TimeSpan.Zero))));
    }
}

internal sealed record DossierEpDeTest(int Id, int PersonneId, int SeanceId);

/// <summary>
/// EP dossiers written directly at the point the sessions' part leaves them (a session held, opinions recorded, the
/// person informed), the delegation of agent@49, and the forms of the dossier page posted as an agent does.
/// </summary>
internal static class DecisionsDeTest
{
    public const string Qualite = "Directrice de l'insertion";
    public static readonly DateOnly InformeeIlYaPlusDUnMois = new(2026, 11, 20);

    public static KeyValuePair<string, string> Champ(string nom, object valeur) => new(nom, Convert.ToString(valeur, CultureInfo.InvariantCulture)!);

    /// <summary>A dossier with the EP's opinion on a session (by default held with quorum, opinions recorded), for a person of <paramref name="personneId"/>.</summary>
    public static Task<DossierEpDeTest> AvisRenduAsync(Application app, int personneId, NatureThematique nature = NatureThematique.SansContrat,
        DateOnly? information = null, bool informee = true, StatutSeance seance = StatutSeance.AvisRendus, bool? quorum = true,
        StatutDossierEp statut = StatutDossierEp.AvisRendu, TypeDecisionEp? avis = TypeDecisionEp.Reduction) =>
        app.DansDepartementAsync("49", async db =>
        {
            await DelegationAsync(db);
            var thematique = await db.Set<ThematiqueEp>().FirstOrDefaultAsync(t => t.Nature == nature)
                ?? db.Add(new ThematiqueEp { Nature = nature, Libelle = nature.LibelleParDefaut(), Ordre = (int)nature + 1 }).Entity;
            var equipe = new EquipePluridisciplinaire { Nom = "EP d'essai " + Guid.NewGuid().ToString("N")[..6] };
            var s = new SeanceEp
            {
                Equipe = equipe,
                Debut = new DateTime(2026, 12, 15, 13, 0, 0, DateTimeKind.Utc),
                Lieu = "Hôtel du Département",
                Statut = seance,
                QuorumAtteint = quorum,
                MotifSansQuorum = quorum == false ? "2 membres présents sur 3 requis" : null
            };
            var territoire = await db.Personnes.Where(p => p.Id == personneId).Select(p => p.DossierCourant!.TerritoireId).FirstAsync();
            var dossier = new DossierEp
            {
                PersonneId = personneId,
                TerritoireId = territoire,
                Thematique = thematique,
                Nature = nature,
                Motif = "Aucun contrat signé 90 jours après l'orientation",
                DetecteLe = new DateOnly(2026, 10, 1),
                CreeLe = new DateTime(2026, 10, 1, 8, 0, 0, DateTimeKind.Utc),
                CreePar = "Test",
                Statut = statut,
                Seance = s,
                Rang = 1,
                DateInformation = informee ? information ?? InformeeIlYaPlusDUnMois : null,
                Avis = statut == StatutDossierEp.AvisRendu ? avis : null,
                MotifAvis = statut == StatutDossierEp.AvisRendu ? "Absence de démarche" : null,
                AvisLe = statut == StatutDossierEp.AvisRendu ? new DateTime(2026, 12, 15, 15, 0, 0, DateTimeKind.Utc) : null,
            };
            db.Add(dossier);
            await db.SaveChangesAsync();
            return new DossierEpDeTest(dossier.Id, personneId, s.Id);
        });

    /// <summary>A person with an open parcours (not accompanied), in the demo territoire Angers unless told.</summary>
    public static async Task<int> PersonneAsync(Application app, string? territoire = Dossiers.DonneesDossiers.Angers) =>
        (await ParcoursDeTest.CreerAsync(app, territoire: territoire)).PersonneId;

    private static async Task DelegationAsync(Passerelle.Web.Data.AppDbContext db)
    {
        var agent = await db.Users.Where(u => u.Email == "agent@49.passerelle.test").Select(u => u.Id).SingleAsync();
        if (await db.Set<DelegationDecision>().AnyAsync(d => d.UtilisateurId == agent)) return;
        db.Add(new DelegationDecision { UtilisateurId = agent, Qualite = Qualite, Debut = new DateOnly(2026, 1, 1) });
    }

    public static Task<int> VersionAsync(Application app, int dossierId) =>
        app.DansDepartementAsync("49", db => db.Set<DossierEp>().Where(d => d.Id == dossierId).Select(d => d.Version).SingleAsync());

    public static Task<DossierEp> LireAsync(Application app, int dossierId) =>
        app.DansDepartementAsync("49", db => db.Set<DossierEp>().AsNoTracking().Include(d => d.Recours).Include(d => d.Observations).SingleAsync(d => d.Id == dossierId));

    /// <summary>Posts the decision form; returns the refusal shown with the form, or the confirmation shown after the redirect.</summary>
    public static async Task<string> DeciderAsync(Application app, Navigateur navigateur, int dossierId, params KeyValuePair<string, string>[] champs)
    {
        var url = $"/ep/dossiers/{dossierId}";
        var reponse = await navigateur.SoumettreAsync(url, [Champ("Decision.Version", await VersionAsync(app, dossierId)), .. champs], $"{url}?handler=Decider");
        if (reponse.StatusCode == HttpStatusCode.OK)
            return (await Navigateur.DocumentAsync(reponse)).QuerySelector("#erreur-decision")?.TextContent.Trim() ?? "(aucun message)";
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        return (await navigateur.PageAsync(url)).QuerySelector("[role=status], [role=alert]")?.TextContent.Trim() ?? "";
    }

    /// <summary>Posts one of the other forms of the dossier page; returns the message shown after the redirect.</summary>
    public static async Task<string> AgirAsync(Navigateur navigateur, int dossierId, string handler, params KeyValuePair<string, string>[] champs)
    {
        var url = $"/ep/dossiers/{dossierId}";
        var reponse = await navigateur.SoumettreAsync(url, champs, $"{url}?handler={handler}");
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        return (await navigateur.PageAsync(url)).QuerySelector("[role=status], [role=alert]")?.TextContent.Trim() ?? "";
    }

    public static KeyValuePair<string, string>[] Reduction(decimal montant = 80m, int duree = 1) =>
        [Champ("Decision.Type", "Reduction"), Champ("Decision.Montant", montant), Champ("Decision.DureeMois", duree), Champ("Decision.Motivation", "Aucun contrat signé malgré trois relances.")];

    /// <summary>The agent's reduction decided then notified, through the page.</summary>
    public static async Task DeciderEtNotifierAsync(Application app, Navigateur agent, int dossierId)
    {
        Assert.StartsWith("Décision enregistrée", await DeciderAsync(app, agent, dossierId, Reduction()), StringComparison.Ordinal);
        Assert.StartsWith("Décision notifiée", await AgirAsync(agent, dossierId, "Notifier"), StringComparison.Ordinal);
    }

    /// <summary>The territoire of the demo « agent-territoire@49 », and another one outside it.</summary>
    public static Task<(string Sien, string Autre)> TerritoiresAsync(Application app) =>
        app.DansDepartementAsync("49", async db =>
        {
            var sien = await db.Habilitations.Where(h => h.Role == Role.AgentDepartemental && h.TerritoireId != null
                && db.Users.Any(u => u.Id == h.UtilisateurId && u.Email == "agent-territoire@49.passerelle.test")).Select(h => h.TerritoireId).FirstAsync();
            var noms = await db.Territoires.OrderBy(t => t.Id).Select(t => new { t.Id, t.Nom }).ToListAsync();
            return (noms.First(t => t.Id == sien).Nom, noms.First(t => t.Id != sien).Nom);
        });
}
