using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Offre;

/// <summary>The catalogue: operators describe, the département moderates, référents search; every refusal tested.</summary>
public sealed class OffreTests(Application app) : IClassFixture<Application>
{
    private Task<ActionInsertion> ActionAsync(string nom) =>
        app.DansDepartementAsync("49", db => db.Set<ActionInsertion>().AsNoTracking().Include(a => a.Places).FirstAsync(a => a.Nom == nom));

    internal static Task<int> FicheAsync(Application app) => app.DansDepartementAsync("49", db => db.Set<ElementProgramme>().Where(e => e.Fiche != null).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());

    internal static Task<int> StructureOperateurAsync(Application app) => app.DansDepartementAsync("49", db =>
        db.Habilitations.Where(h => h.Role == Role.Operateur && db.Users.Any(u => u.Id == h.UtilisateurId && u.Email == "operateur@49.passerelle.test"))
            .Select(h => h.StructureId!.Value).FirstAsync());

    internal static List<KeyValuePair<string, string>> Champs(int fiche, int structure, string nom, string commune = "Angers", string places = "01/01/2026 → 31/12/2026 : 10",
        string thematique = "mobilite--preparer-un-permis", int version = 0, string? territoire = null) =>
    [
        new("Saisie.Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Saisie.FicheActionId", fiche.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Saisie.StructureId", structure.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Saisie.Nom", nom), new("Saisie.Description", "Une action d'essai."), new("Saisie.Type", "formation"),
        new("Saisie.Thematiques", thematique), new("Saisie.Publics", "jeunes"), new("Saisie.CodeInsee", commune),
        new("Saisie.Frais", "gratuit"), new("Saisie.Sessions", "2030-01-07 → 2030-03-29"), new("Saisie.Places", places),
        .. territoire is null ? Array.Empty<KeyValuePair<string, string>>() : [new("Saisie.Territoires", territoire)],
    ];

    internal static async Task<int> CreerAsync(Navigateur navigateur, List<KeyValuePair<string, string>> champs)
    {
        var reponse = await navigateur.SoumettreAsync("/offre/actions/edition", champs);
        Assert.True(reponse.StatusCode == HttpStatusCode.Redirect, (await Navigateur.DocumentAsync(reponse)).QuerySelector("#erreur-action")?.TextContent);
        return int.Parse(reponse.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static async Task AgirAsync(Navigateur navigateur, int id, ActeAction acte, string? motif = null)
    {
        var page = await navigateur.PageAsync($"/offre/actions/{id}");
        var version = page.QuerySelector($"#acte-{acte} input[name=Version]")?.GetAttribute("value") ?? throw new InvalidOperationException($"Pas de bouton « {acte.Libelle()} ».");
        await navigateur.SoumettreAsync($"/offre/actions/{id}", [new("Acte", acte.ToString()), new("Version", version), new("Motif", motif ?? "")]);
    }

    [Fact]
    public async Task Referent_trouve_par_frein_et_commune_les_actions_publiees_les_plus_proches_avec_places_et_prochaine_session()
    {
        var plateforme = await ActionAsync("Plateforme mobilité : diagnostic et solutions de transport");
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        var page = await referent.PageAsync($"/offre?frein=mobilite&commune={plateforme.CodeInsee}");
        var cartes = page.QuerySelectorAll("#cartes-offre .fr-card").Select(c => c.TextContent).ToList();
        Assert.Contains(cartes, c => c.Contains("Plateforme mobilité", StringComparison.Ordinal) && c.Contains("(dans la commune)", StringComparison.Ordinal)
            && c.Contains("sur 40 financée(s)", StringComparison.Ordinal) && c.Contains("prochaine session le", StringComparison.Ordinal));
        Assert.Contains(cartes, c => c.Contains("Permis de conduire accompagné", StringComparison.Ordinal));
        Assert.DoesNotContain(cartes, c => c.Contains("Premiers pas numériques", StringComparison.Ordinal));
        // The operator's own action waits for the département: nobody searching sees it.
        Assert.DoesNotContain(cartes, c => c.Contains("Remobilisation par le sport", StringComparison.Ordinal));
        Assert.Contains("Aucune commune « Atlantis »", (await referent.PageAsync("/offre?commune=Atlantis")).QuerySelector("#commune-erreur")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operateur_decrit_son_action_le_departement_la_publie_apres_un_refus_motive()
    {
        var (fiche, structure) = (await FicheAsync(app), await StructureOperateurAsync(app));
        var nom = "Atelier CV " + Guid.NewGuid().ToString("N")[..6];
        using var operateur = await Navigateur.ConnecteAsync(app, "operateur@49");
        var id = await CreerAsync(operateur, Champs(fiche, structure, nom));
        await AgirAsync(operateur, id, ActeAction.Soumettre);
        Assert.Null((await operateur.PageAsync($"/offre/actions/{id}")).QuerySelector("#acte-Publier"));

        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Contains(nom, (await agent.PageAsync("/offre/gestion")).QuerySelector("#actions-gerees tbody tr")?.TextContent, StringComparison.Ordinal);
        await AgirAsync(agent, id, ActeAction.Refuser, motif: "");
        Assert.Equal(StatutAction.AModerer, (await ActionAsync(nom)).Statut);
        await AgirAsync(agent, id, ActeAction.Refuser, motif: "Précisez les horaires.");
        Assert.Contains("Précisez les horaires.", (await operateur.PageAsync($"/offre/actions/{id}")).QuerySelector("#statut-action")?.TextContent, StringComparison.Ordinal);
        await AgirAsync(operateur, id, ActeAction.Soumettre);
        await AgirAsync(agent, id, ActeAction.Publier);

        var publiee = await ActionAsync(nom);
        Assert.Equal(StatutAction.Publiee, publiee.Statut);
        Assert.NotNull(publiee.PublieeLe);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.Contains(nom, (await referent.PageAsync("/offre?frein=mobilite")).QuerySelector("#cartes-offre")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == ActionsOffre.Moderation && a.ObjetId == id.ToString())));
    }

    [Fact]
    public async Task Operateur_ne_gere_que_les_actions_de_ses_structures()
    {
        var autre = await ActionAsync("Premiers pas numériques");
        using var operateur = await Navigateur.ConnecteAsync(app, "operateur@49");
        Assert.Equal(HttpStatusCode.NotFound, (await operateur.GetAsync($"/offre/actions/edition/{autre.Id}")).StatusCode);
        Assert.Null((await operateur.PageAsync($"/offre/actions/{autre.Id}")).QuerySelector("#modifier-action"));
        var poste = await operateur.SoumettreAsync("/offre/actions/edition", Champs(await FicheAsync(app), autre.StructureId, "Détournement"));
        Assert.Contains("Choisissez l'une de vos structures", (await Navigateur.DocumentAsync(poste)).QuerySelector("#erreur-action")?.TextContent, StringComparison.Ordinal);
        Assert.False(await app.DansDepartementAsync("49", db => db.Set<ActionInsertion>().AnyAsync(a => a.Nom == "Détournement")));
    }

    [Theory]
    [InlineData("Atlantis", "01/01/2026 → 31/12/2026 : 10", "Aucune commune « Atlantis »")]
    [InlineData("Angers", "2026 : dix places", "Places financées « 2026 : dix places »")]
    [InlineData("Angers", "31/12/2026 → 01/01/2026 : 10", "Places financées « 31/12/2026 → 01/01/2026 : 10 »")]
    public async Task Saisie_invalide_est_refusee_avec_la_ligne_en_cause_et_rien_n_est_enregistre(string commune, string places, string attendu)
    {
        var nom = "Invalide " + Guid.NewGuid().ToString("N")[..6];
        using var operateur = await Navigateur.ConnecteAsync(app, "operateur@49");
        var reponse = await operateur.SoumettreAsync("/offre/actions/edition", Champs(await FicheAsync(app), await StructureOperateurAsync(app), nom, commune, places));
        Assert.Contains(attendu, (await Navigateur.DocumentAsync(reponse)).QuerySelector("#erreur-action")?.TextContent, StringComparison.Ordinal);
        Assert.False(await app.DansDepartementAsync("49", db => db.Set<ActionInsertion>().AnyAsync(a => a.Nom == nom)));
    }

    [Fact]
    public async Task Action_reservee_a_un_territoire_n_apparait_pas_pour_une_commune_d_un_autre()
    {
        var (angers, saumur) = await app.DansDepartementAsync("49", async db => (
            await db.Set<Web.Features.Territoires.TerritoireCommune>().Where(t => t.CodeInsee == "49007").Select(t => t.TerritoireId).SingleAsync(),
            await db.Set<Web.Features.Territoires.TerritoireCommune>().Where(t => t.CodeInsee == "49328").Select(t => t.TerritoireId).SingleAsync()));
        Assert.NotEqual(angers, saumur);
        var nom = "Réservée à Angers " + Guid.NewGuid().ToString("N")[..6];
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var id = await CreerAsync(agent, Champs(await FicheAsync(app), await StructureOperateurAsync(app), nom, territoire: angers.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await AgirAsync(agent, id, ActeAction.Soumettre);
        await AgirAsync(agent, id, ActeAction.Publier);
        Assert.Contains(nom, (await agent.PageAsync("/offre?frein=mobilite&commune=49007")).QuerySelector("#cartes-offre")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(nom, (await agent.PageAsync("/offre?frein=mobilite&commune=49328")).QuerySelector("#cartes-offre")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_non_publiee_est_introuvable_pour_qui_ne_la_gere_pas()
    {
        var attente = await ActionAsync("Remobilisation par le sport et la culture");
        Assert.Equal(StatutAction.AModerer, attente.Statut);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.Equal(HttpStatusCode.NotFound, (await referent.GetAsync($"/offre/actions/{attente.Id}")).StatusCode);
        using var operateur = await Navigateur.ConnecteAsync(app, "operateur@49");
        Assert.NotNull((await operateur.PageAsync($"/offre/actions/{attente.Id}")).QuerySelector("#statut-action"));
        using var operateur37 = await Navigateur.ConnecteAsync(app, "operateur@37");
        Assert.Equal(HttpStatusCode.NotFound, (await operateur37.GetAsync($"/offre/actions/{attente.Id}")).StatusCode);

        // The same through the API: a key of the département acts as its agent (who moderates); another département's finds nothing.
        var (cle37, _) = await ClesDeTest.CreerAsync(app, "37", [PorteesApi.OffreLecture]);
        using var robot37 = ClesDeTest.Robot(app, cle37);
        Assert.Equal(HttpStatusCode.NotFound, (await robot37.GetAsync(new Uri($"/api/v1/offre/actions/{attente.Id}", UriKind.Relative))).StatusCode);
        var (cle, _) = await ClesDeTest.CreerAsync(app, "49", [PorteesApi.OffreLecture]);
        using var robot = ClesDeTest.Robot(app, cle);
        Assert.Equal("AModerer", (await robot.GetFromJsonAsync<JsonElement>($"/api/v1/offre/actions/{attente.Id}")).GetProperty("statut").GetString());
        var plateforme = await ActionAsync("Plateforme mobilité : diagnostic et solutions de transport");
        var lue = await robot.GetFromJsonAsync<JsonElement>($"/api/v1/offre/actions/{plateforme.Id}");
        Assert.Equal(40, lue.GetProperty("placesFinanceesAujourdhui").GetInt32());
        Assert.InRange(lue.GetProperty("placesLibresAujourdhui").GetInt32(), 0, 40);
    }

    [Theory]
    [InlineData("referent@49")]
    [InlineData("pilote@49")]
    public async Task Lecteurs_de_l_offre_ne_gerent_pas_les_actions(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Refus.Refuse(await navigateur.GetAsync("/offre/gestion"), $"{login} GET gestion");
        Refus.Refuse(await navigateur.GetAsync("/offre/actions/edition"), $"{login} GET edition");
        var action = await ActionAsync("Atelier budget et prévention du surendettement");
        await navigateur.SoumettreAsync($"/offre/actions/{action.Id}", [new("Acte", nameof(ActeAction.Retirer)), new("Version", action.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(StatutAction.Publiee, (await ActionAsync(action.Nom)).Statut);
    }

    [Fact]
    public async Task Beneficiaire_ne_voit_pas_l_offre_et_la_cle_lit_l_offre_avec_sa_portee()
    {
        using var beneficiaire = await Navigateur.ConnecteAsync(app, "beneficiaire@49");
        Refus.Refuse(await beneficiaire.GetAsync("/offre"), "bénéficiaire GET offre");
        var (cle, _) = await ClesDeTest.CreerAsync(app, "49", [PorteesApi.OffreLecture]);
        using var robot = ClesDeTest.Robot(app, cle);
        var cartes = await robot.GetFromJsonAsync<JsonElement>("/api/v1/offre?frein=numerique");
        Assert.Contains(cartes.EnumerateArray(), c => c.GetProperty("nom").GetString() == "Premiers pas numériques");
        var (autre, _) = await ClesDeTest.CreerAsync(app, "49", [PorteesApi.ProgrammesLecture]);
        using var sansPortee = ClesDeTest.Robot(app, autre);
        Assert.Equal(HttpStatusCode.Forbidden, (await sansPortee.GetAsync(new Uri("/api/v1/offre", UriKind.Relative))).StatusCode);
    }
}
