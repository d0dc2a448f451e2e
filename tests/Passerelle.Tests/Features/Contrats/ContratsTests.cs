using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Features.Orientation;
using Passerelle.Tests.Features.Portefeuille;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Contrats;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Securite;
using UglyToad.PdfPig;

namespace Passerelle.Tests.Features.Contrats;

/// <summary>Contracts from the pages and the API: establishment, decisions, the parcours' milestone, the document, and the refusals that change nothing.</summary>
public sealed class ContratsTests(Application app) : IClassFixture<Application>
{
    private static readonly DateOnly Signe = HeureDeTest.Aujourdhui.AddDays(-2);

    private static string Jour(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<KeyValuePair<string, string>> Champs(DateOnly debut, int duree = 6, DateOnly? fin = null, string objectif = "Obtenir le permis B") =>
    [
        new("Saisie.DateDebut", Jour(debut)), new("Saisie.DureeMois", duree.ToString(CultureInfo.InvariantCulture)), new("Saisie.DateFin", fin is { } f ? Jour(f) : ""),
        new("Saisie.Objectifs[0].Theme", "Mobilité"), new("Saisie.Objectifs[0].Texte", objectif),
        new("Saisie.Actions[0].Libelle", "Inscription à l'auto-école sociale"), new("Saisie.Actions[0].Echeance", Jour(debut.AddDays(30))),
        new("Saisie.EngagementsPersonne", "Suivre les cours de code"), new("Saisie.EngagementsDepartement", "Financer le permis"),
        new("Saisie.SigneLe", Jour(Signe)), new("Saisie.SigneA", "Angers"),
    ];

    private async Task<(Compte Referent, (int PersonneId, int ParcoursId, string Nom) Suivie)> SuivieAsync(TypeOrientation type = TypeOrientation.Sociale, Compte? referent = null)
    {
        var modele = await DonneesPortefeuille.CompteAsync(app, "referent@49");
        referent ??= await DonneesPortefeuille.NouveauReferentAsync(app, modele.StructureId);
        return (referent, await DonneesPortefeuille.SuivieAsync(app, referent, echeance: null, type: type));
    }

    private static async Task<(HttpResponseMessage Reponse, string? Erreur)> EtablirAsync(Navigateur n, int personneId, List<KeyValuePair<string, string>> champs)
    {
        var reponse = await n.SoumettreAsync($"/personnes/{personneId}/contrats/nouveau", champs);
        var erreur = reponse.StatusCode == HttpStatusCode.OK ? (await Navigateur.DocumentAsync(reponse)).QuerySelector("#erreurs-contrat")?.TextContent : null;
        return (reponse, erreur);
    }

    private Task<List<Contrat>> ContratsAsync(int personneId) =>
        app.DansDepartementAsync("49", db => db.Set<Contrat>().AsNoTracking().Where(c => c.PersonneId == personneId).OrderBy(c => c.Id).ToListAsync());

    private static async Task<string?> DeciderAsync(Navigateur n, int personneId, Contrat c, ActeContrat acte, string? motif = null)
    {
        var reponse = await n.SoumettreAsync($"/personnes/{personneId}",
            [new("ContratId", c.Id.ToString(CultureInfo.InvariantCulture)), new("Version", c.Version.ToString(CultureInfo.InvariantCulture)), new("Acte", acte.ToString()), new("Motif", motif ?? "")],
            ActionsPagePersonne.Url(personneId, "Decider"));
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        return (await n.PageAsync($"/personnes/{personneId}")).QuerySelector(".fr-alert")?.TextContent;
    }

    [Fact]
    public async Task Cer_etabli_par_le_referent_puis_valide_par_l_agent_jalonne_le_parcours()
    {
        var (referent, suivie) = await SuivieAsync();
        using var navigateur = await Navigateur.ConnecteAsync(app, referent.Login);
        var (reponse, _) = await EtablirAsync(navigateur, suivie.PersonneId, Champs(Signe));
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var cree = Assert.Single(await ContratsAsync(suivie.PersonneId));
        Assert.Equal((TypeContrat.Cer, RangContrat.Premier, StatutContrat.EnAttente, Signe.AddMonths(6).AddDays(-1)), (cree.Type, cree.Rang, cree.Statut, cree.DateFin));
        Assert.Null((await ParcoursDeTest.LireAsync(app, suivie.ParcoursId)).DateContrat);

        Assert.Contains("rôle ne permet pas", await DeciderAsync(navigateur, suivie.PersonneId, cree, ActeContrat.Valider), StringComparison.Ordinal);
        Assert.Equal(StatutContrat.EnAttente, (await ContratsAsync(suivie.PersonneId))[0].Statut);

        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Contains("Contrat validé", await DeciderAsync(agent, suivie.PersonneId, cree, ActeContrat.Valider), StringComparison.Ordinal);
        var valide = (await ContratsAsync(suivie.PersonneId))[0];
        Assert.Equal(StatutContrat.Valide, valide.Statut);
        Assert.NotNull(valide.DecidePar);
        var parcours = await ParcoursDeTest.LireAsync(app, suivie.ParcoursId);
        Assert.Equal(Signe, parcours.DateContrat);
        Assert.NotEqual(TypeEcheance.Contrat, parcours.TypeEcheanceProchaine);
        Assert.Contains("CER validé", (await navigateur.PageAsync("/portefeuille")).QuerySelector("table")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saisies_hors_des_regles_sont_refusees_en_francais_et_rien_ne_change()
    {
        var (referent, suivie) = await SuivieAsync();
        using var navigateur = await Navigateur.ConnecteAsync(app, referent.Login);
        Assert.Equal(HttpStatusCode.Redirect, (await EtablirAsync(navigateur, suivie.PersonneId, Champs(Signe))).Reponse.StatusCode);
        var versionParcours = (await ParcoursDeTest.LireAsync(app, suivie.ParcoursId)).Version;

        Assert.Contains("couvre déjà", (await EtablirAsync(navigateur, suivie.PersonneId, Champs(Signe.AddMonths(3)))).Erreur, StringComparison.Ordinal);
        Assert.Contains("La date de fin précède la date de début.", (await EtablirAsync(navigateur, suivie.PersonneId, Champs(Signe.AddYears(1), fin: Signe.AddYears(1).AddDays(-3)))).Erreur, StringComparison.Ordinal);
        Assert.Contains("Durée non permise", (await EtablirAsync(navigateur, suivie.PersonneId, Champs(Signe.AddYears(1), duree: 24))).Erreur, StringComparison.Ordinal);

        Assert.Single(await ContratsAsync(suivie.PersonneId));
        Assert.Equal(versionParcours, (await ParcoursDeTest.LireAsync(app, suivie.ParcoursId)).Version);
    }

    [Fact]
    public async Task Contrat_pour_une_personne_non_orientee_est_refuse_et_hors_perimetre_repond_404()
    {
        var nonOrientee = await ParcoursDeTest.CreerAsync(app);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Contains(ServiceContrats.NonOriente, (await agent.PageAsync($"/personnes/{nonOrientee.PersonneId}/contrats/nouveau")).Body!.TextContent, StringComparison.Ordinal);
        using (var reponse = await agent.PosterAsync($"/personnes/{nonOrientee.PersonneId}/contrats/nouveau", Champs(Signe)))
            Assert.NotEqual(HttpStatusCode.Redirect, reponse.StatusCode);
        Assert.Empty(await ContratsAsync(nonOrientee.PersonneId));

        var (_, suivie) = await SuivieAsync();
        var (autre, _) = await SuivieAsync();
        using var etranger = await Navigateur.ConnecteAsync(app, autre.Login);
        Assert.Equal(HttpStatusCode.NotFound, (await etranger.GetAsync($"/personnes/{suivie.PersonneId}/contrats/nouveau")).StatusCode);
        using var robot = ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "37", [PorteesApi.ContratsLecture, PorteesApi.ContratsEcriture])).Texte);
        Assert.Equal(HttpStatusCode.NotFound, (await robot.GetAsync(new Uri($"/api/v1/contrats?personneId={suivie.PersonneId}", UriKind.Relative))).StatusCode);
        Assert.Empty(await ContratsAsync(suivie.PersonneId));
    }

    [Fact]
    public async Task Document_du_cer_reprend_son_contenu_et_son_telechargement_est_journalise()
    {
        var (referent, suivie) = await SuivieAsync();
        using var navigateur = await Navigateur.ConnecteAsync(app, referent.Login);
        await EtablirAsync(navigateur, suivie.PersonneId, Champs(Signe, objectif: "Obtenir le permis de conduire"));
        var contrat = Assert.Single(await ContratsAsync(suivie.PersonneId));

        var reponse = await navigateur.GetAsync($"/personnes/{suivie.PersonneId}/contrats/{contrat.Id}/document");
        Assert.Equal("application/pdf", reponse.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await reponse.Content.ReadAsByteArrayAsync());
        var texte = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("permis de conduire", texte, StringComparison.Ordinal);
        Assert.Contains(suivie.Nom, texte, StringComparison.Ordinal);
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == ActionsContrats.Document && a.ObjetId == contrat.Id.ToString(CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Outil_partenaire_etablit_et_valide_un_contrat_par_l_api_et_le_chevauchement_est_refuse()
    {
        var (referent, suivie) = await SuivieAsync(TypeOrientation.Professionnelle);
        using var robot = ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "49", [PorteesApi.ContratsLecture, PorteesApi.ContratsEcriture])).Texte);
        var corps = new { personneId = suivie.PersonneId, contrat = new { dateDebut = Jour(Signe), dureeMois = 6, signeLe = Jour(Signe), signeA = "Angers", organisme = "France Travail Angers" } };
        var cree = await robot.PostAsJsonAsync("/api/v1/contrats", corps);
        Assert.Equal(HttpStatusCode.Created, cree.StatusCode);
        var lu = await cree.Content.ReadFromJsonAsync<ContratLu>();
        Assert.Equal((nameof(TypeContrat.ContratEngagement), "V"), (lu!.Type, lu.Statut));
        Assert.Equal(Signe, (await ParcoursDeTest.LireAsync(app, suivie.ParcoursId)).DateContrat);

        var doublon = await robot.PostAsJsonAsync("/api/v1/contrats", corps);
        Assert.Equal(HttpStatusCode.BadRequest, doublon.StatusCode);
        Assert.Contains("couvre déjà", await doublon.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var liste = await robot.GetFromJsonAsync<List<ContratLu>>($"/api/v1/contrats?personneId={suivie.PersonneId}");
        Assert.Single(liste!);
        _ = referent;
    }

    [Fact]
    public async Task Contrat_valide_compte_dans_le_delai_et_le_taux_de_contractualisation()
    {
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        async Task<(double Delais, double Avec, double Orientes)> LireAsync()
        {
            using var reponse = await agent.GetAsync("/api/v1/indicateurs/orientation?du=2025-01-01&au=" + Jour(HeureDeTest.Aujourdhui));
            using var json = System.Text.Json.JsonDocument.Parse(await reponse.Content.ReadAsStringAsync());
            var r = json.RootElement;
            return (r.GetProperty("delaiOrientationContrat").GetProperty("effectif").GetProperty("valeur").GetDouble(),
                r.GetProperty("contractualisation").GetProperty("avecContrat").GetProperty("valeur").GetDouble(),
                r.GetProperty("contractualisation").GetProperty("orientes").GetProperty("valeur").GetDouble());
        }
        var (referent, suivie) = await SuivieAsync();
        var avant = await LireAsync();
        using var navigateur = await Navigateur.ConnecteAsync(app, referent.Login);
        await EtablirAsync(navigateur, suivie.PersonneId, Champs(Signe));
        Assert.Equal(avant, await LireAsync());
        await DeciderAsync(agent, suivie.PersonneId, (await ContratsAsync(suivie.PersonneId))[0], ActeContrat.Valider);
        Assert.Equal((avant.Delais + 1, avant.Avec + 1, avant.Orientes), await LireAsync());
    }

    [Fact]
    public async Task Contrat_arrivant_a_echeance_alerte_le_referent_et_se_filtre_au_portefeuille()
    {
        var (referent, proche) = await SuivieAsync();
        var (_, lointain) = await SuivieAsync(referent: referent);
        await app.DansDepartementAsync("49", async db =>
        {
            var debut = HeureDeTest.Aujourdhui.AddMonths(-5);
            foreach (var (personneId, parcoursId, duree) in new[] { (proche.PersonneId, proche.ParcoursId, 6), (lointain.PersonneId, lointain.ParcoursId, 12) })
                db.Add(new Contrat
                {
                    PersonneId = personneId,
                    ParcoursId = parcoursId,
                    Type = TypeContrat.Cer,
                    DateDebut = debut,
                    DureeMois = duree,
                    DateFin = debut.AddMonths(duree).AddDays(-1),
                    Statut = StatutContrat.Valide,
                    SigneLe = debut,
                    CreePar = "test",
                    CreeLe = HeureDeTest.MaintenantUtc,
                });
            await db.SaveChangesAsync();
        });
        using var navigateur = await Navigateur.ConnecteAsync(app, referent.Login);
        Assert.NotNull((await navigateur.PageAsync($"/personnes/{proche.PersonneId}")).QuerySelector(".alerte-echeance-contrat"));
        Assert.Null((await navigateur.PageAsync($"/personnes/{lointain.PersonneId}")).QuerySelector(".alerte-echeance-contrat"));
        var accueil = (await navigateur.PageAsync("/")).QuerySelector("#fins-de-contrats")?.TextContent ?? "";
        Assert.Contains(proche.Nom, accueil, StringComparison.Ordinal);
        Assert.DoesNotContain(lointain.Nom, accueil, StringComparison.Ordinal);
        var filtre = (await navigateur.PageAsync("/portefeuille?finContrat=true")).QuerySelector("table")?.TextContent ?? "";
        Assert.Contains(proche.Nom, filtre, StringComparison.Ordinal);
        Assert.DoesNotContain(lointain.Nom, filtre, StringComparison.Ordinal);
        var renouvellement = await navigateur.PageAsync($"/personnes/{proche.PersonneId}/contrats/nouveau?renouveler=" +
            (await ContratsAsync(proche.PersonneId))[0].Id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(Jour(HeureDeTest.Aujourdhui.AddMonths(-5).AddMonths(6)), renouvellement.QuerySelector("#DateDebut")?.GetAttribute("value"));
    }
}
