using System.Text;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Tests.Features.Offre;

/// <summary>A partner's data·inclusion file imported as published actions, all or nothing, again as an update.</summary>
public sealed class ImportDataInclusionTests(Application app) : IClassFixture<Application>
{
    private Task<(string Siret, int Fiche)> ReperesAsync() => app.DansDepartementAsync("49", async db =>
        (await db.Structures.OrderBy(s => s.Id).Select(s => s.Siret).FirstAsync(),
         await db.Set<ElementProgramme>().Where(e => e.Fiche != null).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync()));

    private Task<int> ActionsAsync(string source) => app.DansDepartementAsync("49", db => db.Set<ActionInsertion>().CountAsync(a => a.SourceExterne == source));

    private static string Service(string source, string id, string nom, string structure = "S1", string thematique = "numerique--acceder-a-des-services-en-ligne", string? insee = "49007") => $$"""
        { "source": "{{source}}", "structure_id": "{{structure}}", "id": "{{id}}", "nom": "{{nom}}", "description": "Un service d'un partenaire.",
          "date_maj": "2026-11-30", "type": "atelier", "thematiques": ["{{thematique}}"], "publics": ["tous-publics"]{{(insee is null ? "" : $", \"code_insee\": \"{insee}\"")}},
          "modes_accueil": ["en-presentiel"], "frais": "gratuit" }
        """;

    private static string Fichier(string siret, params string[] services) =>
        $$"""{ "structures": [ { "source": "x", "id": "S1", "nom": "Partenaire", "siret": "{{siret}}", "date_maj": "2026-11-30" } ], "services": [ {{string.Join(',', services)}} ] }""";

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> ImporterAsync(Navigateur navigateur, int fiche, string json) =>
        await Navigateur.DocumentAsync(await navigateur.DeposerAsync("/offre/gestion", [new("fiche", fiche.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            "offre.json", Encoding.UTF8.GetBytes(json)));

    [Fact]
    public async Task Agent_importe_des_services_publies_puis_les_met_a_jour_sans_doublon()
    {
        var (siret, fiche) = await ReperesAsync();
        var source = "annuaire-" + Guid.NewGuid().ToString("N")[..6];
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var page = await ImporterAsync(agent, fiche, Fichier(siret, Service(source, "1", "Point numérique"), Service(source, "2", "Café numérique")));
        Assert.Contains("2 action(s) ajoutée(s) et publiée(s), 0 mise(s) à jour", page.QuerySelector("#resultat-import")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Café numérique", (await agent.PageAsync("/offre?frein=numerique&commune=49007")).QuerySelector("#cartes-offre")?.TextContent, StringComparison.Ordinal);

        page = await ImporterAsync(agent, fiche, Fichier(siret, Service(source, "1", "Point numérique d'Angers"), Service(source, "2", "Café numérique")));
        Assert.Contains("0 action(s) ajoutée(s) et publiée(s), 2 mise(s) à jour", page.QuerySelector("#resultat-import")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await ActionsAsync(source));
        Assert.True(await app.DansDepartementAsync("49", db => db.Set<ActionInsertion>().AnyAsync(a => a.SourceExterne == source && a.Nom == "Point numérique d'Angers" && a.Statut == StatutAction.Publiee)));
    }

    [Fact]
    public async Task Fichier_errone_liste_chaque_service_en_cause_et_n_importe_rien()
    {
        var (siret, fiche) = await ReperesAsync();
        var source = "annuaire-" + Guid.NewGuid().ToString("N")[..6];
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var page = await ImporterAsync(agent, fiche, Fichier(siret,
            Service(source, "1", "Valide"),
            Service(source, "2", "Hors vocabulaire", thematique: "numerique--inventee"),
            Service(source, "3", "Sans lieu", insee: null),
            Service(source, "4", "Structure inconnue", structure: "S9")));
        var erreurs = page.QuerySelectorAll("#resultat-import .erreurs-import li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, erreurs.Count);
        Assert.StartsWith("services[1] (2) : Une valeur choisie ne fait pas partie des listes", erreurs[0], StringComparison.Ordinal);
        Assert.StartsWith("services[2] (3) : « code_insee » est obligatoire", erreurs[1], StringComparison.Ordinal);
        Assert.StartsWith("services[3] (4) : la structure « S9 » n'est pas dans Passerelle", erreurs[2], StringComparison.Ordinal);
        Assert.Contains("Rien n'a été importé (3 erreur(s))", page.QuerySelector("#resultat-import")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await ActionsAsync(source));
        Assert.Contains("n'est pas un JSON data·inclusion", (await ImporterAsync(agent, fiche, "{ pas du json")).QuerySelector("#resultat-import")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operateur_n_importe_pas()
    {
        var (siret, fiche) = await ReperesAsync();
        var source = "annuaire-" + Guid.NewGuid().ToString("N")[..6];
        using var operateur = await Navigateur.ConnecteAsync(app, "operateur@49");
        Assert.Null((await operateur.PageAsync("/offre/gestion")).QuerySelector("#form-import-data-inclusion"));
        var page = await ImporterAsync(operateur, fiche, Fichier(siret, Service(source, "1", "Tentative")));
        Assert.Contains("Seul un agent de tout le département importe une offre.", page.QuerySelector("#resultat-import")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await ActionsAsync(source));
    }
}
