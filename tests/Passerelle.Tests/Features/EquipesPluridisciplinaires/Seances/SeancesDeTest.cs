using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Features.Coordonnees;
using Passerelle.Tests.Features.Dossiers;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.EquipesPluridisciplinaires;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.EquipesPluridisciplinaires.Seances;

internal sealed record MembreDeTest(int Id, FonctionMembre Fonction, string Courriel, string UtilisateurId);

internal sealed record EquipeDeTest(int Id, int? TerritoireId, IReadOnlyList<MembreDeTest> Membres)
{
    public IEnumerable<int> Ids(params FonctionMembre[] fonctions) => Membres.Where(m => fonctions.Contains(m.Fonction)).Select(m => m.Id);
}

internal sealed record DossierDeTestEp(int Id, int PersonneId, string Nom, string Nir, string Courriel);

/// <summary>
/// EPs with their members (each with an account of role « membre d'EP », and an e-mail), and dossiers « à inscrire »
/// written directly in the database (the proposing service is another part), for persons with a NIR, an address and an e-mail.
/// </summary>
internal static class SeancesDeTest
{
    /// <summary>An EP of <paramref name="territoire"/> (null: the whole département) with one member per function, each with an account.</summary>
    public static async Task<EquipeDeTest> EquipeAsync(Application app, string? territoire = DonneesDossiers.Angers, int quorum = 3, int minimumFranceTravail = 1)
    {
        var territoireId = await TerritoireAsync(app, territoire);
        var comptes = new List<(FonctionMembre Fonction, string Id, string Email)>();
        foreach (var fonction in Enum.GetValues<FonctionMembre>())
        {
            var (id, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.MembreEquipePluridisciplinaire, territoireId: territoireId);
            comptes.Add((fonction, id, email));
        }
        return await app.DansDepartementAsync("49", async db =>
        {
            var equipe = new EquipePluridisciplinaire { Nom = "EP " + Guid.NewGuid().ToString("N")[..8], TerritoireId = territoireId, Quorum = quorum, MinimumFranceTravail = minimumFranceTravail };
            equipe.Membres.AddRange(comptes.Select(c => new MembreEquipe
            {
                Nom = "MEMBRE",
                Prenom = c.Fonction.ToString(),
                Fonction = c.Fonction,
                Organisation = "Organisation",
                Courriel = c.Email,
                UtilisateurId = c.Id,
            }));
            db.Add(equipe);
            await db.SaveChangesAsync();
            return new EquipeDeTest(equipe.Id, territoireId, equipe.Membres.Select(m => new MembreDeTest(m.Id, m.Fonction, m.Courriel!, m.UtilisateurId!)).ToList());
        });
    }

    public static Task<int?> TerritoireAsync(Application app, string? territoire) => territoire is null ? Task.FromResult<int?>(null)
        : app.DansDepartementAsync("49", db => db.Territoires.Where(t => t.Nom == territoire).Select(t => (int?)t.Id).SingleAsync());

    /// <summary>A person of <paramref name="territoire"/> with a NIR, an address and an e-mail, and their EP dossier waiting for a session.</summary>
    public static async Task<DossierDeTestEp> DossierAsync(Application app, string territoire = DonneesDossiers.Angers, NatureThematique nature = NatureThematique.SansContrat)
    {
        var (nom, nir) = (DonneesDossiers.NomUnique(), DonneesDossiers.NirUnique());
        var courriel = $"{nom.ToLowerInvariant()}@personne.test";
        var dossierRsa = await DonneesDossiers.CreerAsync(app, territoire, "49007", "ANGERS", new PersonneDeTest(nom, "CAMILLE", new DateOnly(1985, 4, 12), Nir: nir));
        var personneId = dossierRsa.Personnes[0];
        var territoireId = await TerritoireAsync(app, territoire);
        await CoordonneesDeTest.ConsentirAsync(app, personneId);
        var id = await app.DansDepartementAsync("49", async db =>
        {
            await db.Personnes.Where(p => p.Id == personneId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Email, courriel));
            var thematique = await db.Set<ThematiqueEp>().FirstOrDefaultAsync(t => t.Nature == nature);
            if (thematique is null)
            {
                thematique = new ThematiqueEp { Nature = nature, Libelle = nature.LibelleParDefaut(), Ordre = (int)nature + 1 };
                db.Add(thematique);
            }
            var dossier = new DossierEp
            {
                PersonneId = personneId,
                TerritoireId = territoireId,
                Thematique = thematique,
                Nature = nature,
                Motif = "Orientée depuis 90 jours sans contrat signé.",
                DetecteLe = HeureDeTest.Aujourdhui.AddDays(-10),
                CreeLe = HeureDeTest.MaintenantUtc,
                CreePar = "test",
                Statut = StatutDossierEp.AInscrire,
            };
            db.Add(dossier);
            await db.SaveChangesAsync();
            return dossier.Id;
        });
        return new DossierDeTestEp(id, personneId, nom, nir, courriel);
    }

    public static Task<DossierEp> LireDossierAsync(Application app, int id) =>
        app.DansDepartementAsync("49", db => db.Set<DossierEp>().AsNoTracking().SingleAsync(d => d.Id == id));

    public static Task<SeanceEp> LireSeanceAsync(Application app, int id) =>
        app.DansDepartementAsync("49", db => db.Set<SeanceEp>().AsNoTracking().Include(s => s.Presences).SingleAsync(s => s.Id == id));

    /// <summary>Creates a session of the EP in <paramref name="jours"/> days, through the API; returns its id.</summary>
    public static async Task<int> SeanceAsync(Navigateur agent, int equipeId, int jours = 20)
    {
        var jour = HeureDeTest.Aujourdhui.AddDays(jours).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var reponse = await PosterAsync(agent, "/api/v1/ep/seances", new { equipeId, jour, heure = "14:00", lieu = "Maison départementale, salle 2" });
        Assert.Equal(HttpStatusCode.Created, reponse.StatusCode);
        return (await reponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    /// <summary>An API write with the session cookie, as the application's own scripts send it.</summary>
    public static async Task<HttpResponseMessage> PosterAsync(Navigateur navigateur, string url, object corps)
    {
        using var requete = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = JsonContent.Create(corps) };
        requete.Headers.Add(ProtectionCsrfApi.Entete, "test");
        return await navigateur.Client.SendAsync(requete);
    }

    /// <summary>Posts an agenda change with the session's current version; returns the refusal's detail, or null when done.</summary>
    public static Task<string?> OrdreDuJourAsync(Application app, Navigateur agent, int seanceId, string acte, params int[] dossierIds) =>
        EcrireAsync(app, agent, seanceId, $"/api/v1/ep/seances/{seanceId}/ordre-du-jour", v => new { version = v, acte, dossierIds });

    /// <summary>The session's day has come (sessions are created days ahead; attendance is recorded from their day on): it started an hour ago.</summary>
    public static Task LeJourVenuAsync(Application app, int seanceId) => app.DansDepartementAsync("49", db =>
        db.Set<SeanceEp>().Where(s => s.Id == seanceId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Debut, HeureDeTest.MaintenantUtc.AddHours(-1))));

    /// <summary>Posts one act of the session with its current version; returns the refusal's detail, or null when done.</summary>
    public static Task<string?> ActeAsync(Application app, Navigateur agent, int seanceId, string acte, string? motif = null, int? versSeanceId = null,
        IEnumerable<int>? membresPresents = null, IEnumerable<int>? beneficiairesPresents = null) =>
        EcrireAsync(app, agent, seanceId, $"/api/v1/ep/seances/{seanceId}/actes", v => new
        {
            version = v,
            acte,
            motif,
            versSeanceId,
            membresPresents = membresPresents?.ToArray(),
            beneficiairesPresents = beneficiairesPresents?.ToArray(),
        });

    public static async Task<string?> AvisAsync(Application app, Navigateur agent, int dossierId, string avis, string? motif = "L'équipe constate l'absence de contrat.")
    {
        var version = (await LireDossierAsync(app, dossierId)).Version;
        return await DetailAsync(await PosterAsync(agent, $"/api/v1/ep/dossiers/{dossierId}/avis", new { version, avis, motif }));
    }

    private static async Task<string?> EcrireAsync(Application app, Navigateur agent, int seanceId, string url, Func<int, object> corps)
    {
        var version = (await LireSeanceAsync(app, seanceId)).Version;
        return await DetailAsync(await PosterAsync(agent, url, corps(version)));
    }

    private static async Task<string?> DetailAsync(HttpResponseMessage reponse)
    {
        if (reponse.StatusCode == HttpStatusCode.OK) return null;
        Assert.True(reponse.StatusCode == HttpStatusCode.UnprocessableEntity, $"{reponse.StatusCode} : {await reponse.Content.ReadAsStringAsync()}");
        return (await reponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
    }
}
