using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform.Securite;
using UglyToad.PdfPig;
using static Passerelle.Tests.Features.Programmes.LectureProgrammeTests;

namespace Passerelle.Tests.Features.Programmes;

/// <summary>Programmes loaded at start-up, read by the roles that work on insertion, edited by pilots, imported by administrators and keys.</summary>
public sealed class ProgrammesTests(Application app) : IClassFixture<Application>
{
    private Task<(int Programme, int Fiche)> FicheAsync(string code, string programme = "FSE-49-2014-2020") => app.DansDepartementAsync("49", async db =>
    {
        var e = await db.Set<ElementProgramme>().Where(e => e.Code == code && db.Set<Programme>().Any(p => p.Id == e.ProgrammeId && p.Code == programme))
            .Select(e => new { e.ProgrammeId, e.Id }).SingleAsync();
        return (e.ProgrammeId, e.Id);
    });

    private Task<int> VersionsAsync(int fiche) => app.DansDepartementAsync("49", db => db.Set<VersionFiche>().CountAsync(v => v.FicheActionId == fiche));

    private Task<int> ProgrammesAsync() => app.DansDepartementAsync("49", db => db.Set<Programme>().CountAsync());

    [Fact]
    public async Task Programmes_fournis_du_departement_sont_charges_au_demarrage_et_lisibles_en_page_et_en_pdf()
    {
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        var liste = await referent.PageAsync("/programmes");
        var (programme, fiche) = await FicheAsync("1.2");
        var (strategie, _) = await FicheAsync("6", "SP-49-2019-2021");
        Assert.NotNull(liste.QuerySelector($"#programmes a[href='/programmes/{programme}']"));
        Assert.NotNull(liste.QuerySelector($"#programmes a[href='/programmes/{strategie}']"));

        var arbre = await referent.PageAsync($"/programmes/{programme}");
        Assert.NotNull(arbre.QuerySelector("#element-1 #element-1\\.2 a"));
        var page = await referent.PageAsync($"/programmes/fiches/{fiche}");
        Assert.Equal("Département", page.QuerySelector("#fiche-pilote")?.TextContent);
        Assert.Null(page.QuerySelector("#modifier-fiche"));
        Assert.Contains(ProgrammesDemoAuteur, page.QuerySelector("#table-versions")?.TextContent, StringComparison.Ordinal);

        var pdf = await referent.GetAsync($"/programmes/fiches/{fiche}?handler=Pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var texte = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Sous-action 1.2", texte, StringComparison.Ordinal);
        Assert.Contains("Pilote", texte, StringComparison.Ordinal);
    }

    private const string ProgrammesDemoAuteur = Web.Features.Demo.ProgrammesDemo.Auteur;

    [Fact]
    public async Task Part_Etat_de_la_fiche_6_apparait_avec_son_montant()
    {
        var (_, fiche) = await FicheAsync("6", "SP-49-2019-2021");
        using var pilote = await Navigateur.ConnecteAsync(app, "pilote@49");
        var table = (await pilote.PageAsync($"/programmes/fiches/{fiche}")).QuerySelector("#table-financements")?.TextContent;
        Assert.Contains("Part État dédiée en 2019", table, StringComparison.Ordinal);
        Assert.Contains("111 663,80 €", table?.Replace('\u202f', ' ').Replace('\u00a0', ' '), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("beneficiaire@49")]
    [InlineData("membre-ep@49")]
    public async Task Roles_hors_insertion_ne_lisent_pas_les_programmes(string login)
    {
        var (programme, fiche) = await FicheAsync("1.1");
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        foreach (var url in new[] { "/programmes", $"/programmes/{programme}", $"/programmes/fiches/{fiche}", $"/programmes/fiches/{fiche}?handler=Pdf" })
            Refus.Refuse(await navigateur.GetAsync(url), $"{login} GET {url}");
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync("/api/v1/programmes")).StatusCode);
    }

    [Fact]
    public async Task Programme_d_un_autre_departement_est_introuvable()
    {
        var (programme, fiche) = await FicheAsync("1.1");
        using var pilote37 = await Navigateur.ConnecteAsync(app, "pilote@37");
        foreach (var url in new[] { $"/programmes/{programme}", $"/programmes/fiches/{fiche}", $"/programmes/fiches/{fiche}/modifier", $"/api/v1/fiches-actions/{fiche}" })
            Assert.Equal(HttpStatusCode.NotFound, (await pilote37.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("referent@49")]
    [InlineData("agent@49")]
    [InlineData("operateur@49")]
    public async Task Seul_le_pilote_modifie_une_fiche(string login)
    {
        var (_, fiche) = await FicheAsync("1.1");
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Refus.Refuse(await navigateur.GetAsync($"/programmes/fiches/{fiche}/modifier"), $"{login} GET modifier");
        Assert.Equal(1, await VersionsAsync(fiche));
    }

    [Fact]
    public async Task Pilote_enregistre_une_nouvelle_version_qui_nomme_les_champs_changes_et_garde_l_ancienne()
    {
        var (_, fiche) = await FicheAsync("1.3");
        using var pilote = await Navigateur.ConnecteAsync(app, "pilote@49");
        var formulaire = await pilote.PageAsync($"/programmes/fiches/{fiche}/modifier");
        var champs = Champs(formulaire);
        champs["Saisie.Copilotes"] = "Pôle emploi\nCAF";
        champs["Saisie.Indicateurs[0].Libelle"] = "Nombre de participants entrés";
        champs["Saisie.Indicateurs[0].Unite"] = nameof(UniteIndicateur.Nombre);
        champs["Saisie.Indicateurs[0].Cibles"] = "2025 : 120\n2026 : 150";
        var reponse = await pilote.PosterAsync($"/programmes/fiches/{fiche}/modifier", champs);
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);

        var page = await pilote.PageAsync($"/programmes/fiches/{fiche}");
        Assert.Contains("Pôle emploi ; CAF", page.QuerySelector("#pilotage")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("2025 : 120", page.QuerySelector("#table-indicateurs")?.TextContent, StringComparison.Ordinal);
        var derniere = page.QuerySelector("#table-versions tbody tr")!.TextContent;
        Assert.Contains("Version 2", derniere, StringComparison.Ordinal);
        Assert.Contains("Copilotes, Indicateurs", derniere, StringComparison.Ordinal);
        var ancienne = await pilote.PageAsync($"/programmes/fiches/{fiche}?version=1");
        Assert.NotNull(ancienne.QuerySelector("#version-ancienne"));
        Assert.Null(ancienne.QuerySelector("#table-indicateurs"));
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == ActionsProgrammes.ModificationFiche && a.ObjetId == fiche.ToString())));

        // The same form posted again (its version is now stale) changes nothing.
        champs["Saisie.Copilotes"] = "Autre";
        var perime = await pilote.PosterAsync($"/programmes/fiches/{fiche}/modifier", champs);
        Assert.Equal(ServiceFiches.Conflit.Message, (await Navigateur.DocumentAsync(perime)).QuerySelector("#erreur-fiche")?.TextContent);
        Assert.Equal(2, await VersionsAsync(fiche));
    }

    [Theory]
    [InlineData("Saisie.Pilote", " ", "Indiquez le pilote de la fiche.")]
    [InlineData("Saisie.Indicateurs[0].Cibles", "en 2025 : beaucoup", "la cible « en 2025 : beaucoup » n'est pas de la forme « 2025 : 120 »")]
    public async Task Saisie_invalide_du_pilote_est_refusee_sans_rien_changer(string champ, string valeur, string attendu)
    {
        var (_, fiche) = await FicheAsync("2");
        using var pilote = await Navigateur.ConnecteAsync(app, "pilote@49");
        var champs = Champs(await pilote.PageAsync($"/programmes/fiches/{fiche}/modifier"));
        champs["Saisie.Indicateurs[0].Libelle"] = "Nombre de structures accompagnées";
        champs[champ] = valeur;
        var reponse = await pilote.PosterAsync($"/programmes/fiches/{fiche}/modifier", champs);
        Assert.Contains(attendu, (await Navigateur.DocumentAsync(reponse)).QuerySelector("#erreur-fiche")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await VersionsAsync(fiche));
    }

    private const string DeuxFiches = """
        { "niveau": "axe", "code": "A1", "titre": "Axe 1", "enfants": [
          { "niveau": "fiche", "code": "F1", "titre": "Fiche 1", "fiche": { "pilote": "Département" } },
          { "niveau": "fiche", "code": "F2", "titre": "Fiche 2", "fiche": { "pilote": "CAF" } } ] }
        """;

    [Fact]
    public async Task Fiche_mise_en_oeuvre_par_une_action_de_l_offre_ne_disparait_pas_a_l_import()
    {
        var code = "PDI-" + Guid.NewGuid().ToString("N")[..8];
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        await ImporterAsync(admin, Fichier(DeuxFiches, code: code));
        var (_, f2) = await FicheAsync("F2", code);
        await app.DansDepartementAsync("49", async db =>
        {
            db.Add(new Web.Features.Offre.ActionInsertion
            {
                FicheActionId = f2,
                StructureId = await db.Structures.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
                Nom = "Action sous F2",
                Description = "Essai.",
                Type = "atelier",
                Thematiques = ["numerique--acceder-a-des-services-en-ligne"],
                CodeInsee = "49007",
                ModifieePar = "test",
            });
            await db.SaveChangesAsync();
        });
        var resultat = await ImporterAsync(admin, Fichier(FicheValide, code: code));
        Assert.Contains("La fiche F2 n'est plus dans le fichier (ou n'y a plus de contenu) alors que 1 action(s) de l'offre la mettent en œuvre", resultat, StringComparison.Ordinal);
        Assert.Equal(f2, (await FicheAsync("F2", code)).Fiche);
    }

    [Fact]
    public async Task Fiche_servie_par_un_marche_a_clause_sociale_ne_disparait_pas_a_l_import()
    {
        var code = "PDI-" + Guid.NewGuid().ToString("N")[..8];
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        await ImporterAsync(admin, Fichier(DeuxFiches, code: code));
        var (_, f2) = await FicheAsync("F2", code);
        await app.DansDepartementAsync("49", async db =>
        {
            db.Add(new Web.Features.Clauses.MarcheClause
            {
                Numero = "M-" + code,
                Acheteur = "Département",
                Objet = "Entretien des collèges",
                DateDebut = new DateOnly(2026, 1, 1),
                DateFin = new DateOnly(2026, 12, 31),
                HeuresExigees = 500,
                FicheActionId = f2,
                CreePar = "test",
            });
            await db.SaveChangesAsync();
        });
        var resultat = await ImporterAsync(admin, Fichier(FicheValide, code: code));
        Assert.Contains("La fiche F2 n'est plus dans le fichier (ou n'y a plus de contenu) alors que 1 marché(s) à clause sociale la mettent en œuvre", resultat, StringComparison.Ordinal);
        Assert.Equal(f2, (await FicheAsync("F2", code)).Fiche);
    }

    [Fact]
    public async Task Administrateur_importe_un_fichier_puis_sa_mise_a_jour_qui_ne_versionne_que_la_fiche_changee()
    {
        var code = "PDI-" + Guid.NewGuid().ToString("N")[..8];
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var premiere = await ImporterAsync(admin, Fichier(DeuxFiches, code: code));
        Assert.Contains("importé : 3 éléments dont 2 fiches-actions", premiere, StringComparison.Ordinal);

        var modifie = DeuxFiches.Replace("\"pilote\": \"CAF\"", "\"pilote\": \"CAF de Maine-et-Loire\"", StringComparison.Ordinal);
        Assert.Contains("1 fiche(s) nouvelle(s) ou modifiée(s)", await ImporterAsync(admin, Fichier(modifie, code: code)), StringComparison.Ordinal);
        Assert.Contains("0 fiche(s) nouvelle(s) ou modifiée(s)", await ImporterAsync(admin, Fichier(modifie, code: code)), StringComparison.Ordinal);
        var versions = await app.DansDepartementAsync("49", db => db.Set<VersionFiche>()
            .Where(v => db.Set<ElementProgramme>().Any(e => e.Id == v.FicheActionId && db.Set<Programme>().Any(p => p.Id == e.ProgrammeId && p.Code == code)))
            .Select(v => v.Fiche!.Id).ToListAsync());
        Assert.Equal(3, versions.Count);
        Assert.Equal(2, versions.GroupBy(v => v).Max(g => g.Count()));
    }

    [Fact]
    public async Task Fichier_errone_ou_d_un_autre_departement_n_importe_rien_et_liste_ses_erreurs()
    {
        var avant = await ProgrammesAsync();
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var errone = Fichier(FicheValide.Replace("\"unite\": \"nombre\", ", "", StringComparison.Ordinal).Replace("\"code\": \"A1\"", "\"code\": \"F1\"", StringComparison.Ordinal));
        var page = await Navigateur.DocumentAsync(await admin.DeposerAsync("/administration/programmes", [], "errone.json", Encoding.UTF8.GetBytes(errone), "/administration/programmes?handler=Fichier"));
        var erreurs = page.QuerySelectorAll("#resultats-import .erreurs-programme li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, erreurs.Count);
        Assert.Contains(erreurs, e => e.Contains("le code « F1 » est déjà celui de $.elements[0]", StringComparison.Ordinal));
        Assert.Contains(erreurs, e => e.Contains("n'a pas d'unité", StringComparison.Ordinal));
        Assert.Contains("Rien n'a été modifié", page.QuerySelector("#resultats-import")?.TextContent, StringComparison.Ordinal);

        var autre = await Navigateur.DocumentAsync(await admin.DeposerAsync("/administration/programmes", [], "37.json", Encoding.UTF8.GetBytes(Fichier(FicheValide, departement: "37")), "/administration/programmes?handler=Fichier"));
        Assert.Contains("celui du département 37", autre.QuerySelector("#resultats-import")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(avant, await ProgrammesAsync());
    }

    [Fact]
    public async Task Pilote_n_importe_pas_de_fichier()
    {
        using var pilote = await Navigateur.ConnecteAsync(app, "pilote@49");
        Refus.Refuse(await pilote.GetAsync("/administration/programmes"), "pilote GET import");
        Assert.Equal(HttpStatusCode.Forbidden, (await pilote.Client.PostAsync(new Uri("/api/v1/programmes", UriKind.Relative), new StringContent(Fichier(FicheValide), Encoding.UTF8, "application/json"))).StatusCode);
    }

    [Fact]
    public async Task Cle_d_api_lit_les_programmes_avec_sa_portee_et_importe_avec_l_autre()
    {
        var (lecture, _) = await ClesDeTest.CreerAsync(app, "49", [PorteesApi.ProgrammesLecture]);
        using var lecteur = ClesDeTest.Robot(app, lecture);
        var liste = await lecteur.GetFromJsonAsync<JsonElement>("/api/v1/programmes");
        Assert.Contains(liste.EnumerateArray(), p => p.GetProperty("code").GetString() == "SP-49-2019-2021");
        var (_, fiche) = await FicheAsync("6", "SP-49-2019-2021");
        var detail = await lecteur.GetFromJsonAsync<JsonElement>($"/api/v1/fiches-actions/{fiche}");
        Assert.Equal(111663.80m, detail.GetProperty("contenu").GetProperty("financements").EnumerateArray().Single(f => f.GetProperty("financeur").GetString() == nameof(Financeur.Etat)).GetProperty("montant").GetDecimal());
        Assert.Equal(HttpStatusCode.Forbidden, (await lecteur.PostAsync(new Uri("/api/v1/programmes", UriKind.Relative), new StringContent(Fichier(FicheValide), Encoding.UTF8, "application/json"))).StatusCode);

        var (ecriture, _) = await ClesDeTest.CreerAsync(app, "49", [PorteesApi.ProgrammesEcriture]);
        using var importeur = ClesDeTest.Robot(app, ecriture);
        Assert.Equal(HttpStatusCode.Forbidden, (await importeur.GetAsync(new Uri("/api/v1/programmes", UriKind.Relative))).StatusCode);
        var refuse = await importeur.PostAsync(new Uri("/api/v1/programmes?nom=sans-pilote.json", UriKind.Relative),
            new StringContent(Fichier(FicheValide.Replace("\"pilote\": \"Département\"", "\"pilote\": \"\"", StringComparison.Ordinal)), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refuse.StatusCode);
        var probleme = await refuse.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("$.elements[0].enfants[0] (F1).fiche.pilote", probleme.GetProperty("erreurs")[0].GetProperty("chemin").GetString());
        var code = "PDI-API-" + Guid.NewGuid().ToString("N")[..6];
        var accepte = await importeur.PostAsync(new Uri("/api/v1/programmes", UriKind.Relative), new StringContent(Fichier(FicheValide, code: code), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, accepte.StatusCode);
    }

    private static async Task<string> ImporterAsync(Navigateur admin, string json)
    {
        var reponse = await admin.DeposerAsync("/administration/programmes", [], "programme.json", Encoding.UTF8.GetBytes(json), "/administration/programmes?handler=Fichier");
        return (await Navigateur.DocumentAsync(reponse)).QuerySelector("#resultats-import")?.TextContent ?? "";
    }

    /// <summary>The form's fields as a browser would post them.</summary>
    private static Dictionary<string, string> Champs(AngleSharp.Html.Dom.IHtmlDocument formulaire)
    {
        var form = formulaire.QuerySelector("#form-fiche")!;
        var champs = new Dictionary<string, string>();
        foreach (var e in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var nom = e.GetAttribute("name")!;
            champs[nom] = e switch
            {
                AngleSharp.Html.Dom.IHtmlTextAreaElement t => t.Value,
                AngleSharp.Html.Dom.IHtmlSelectElement s => s.Value ?? "",
                AngleSharp.Html.Dom.IHtmlInputElement i => i.Value,
                _ => "",
            };
        }
        return champs;
    }
}
