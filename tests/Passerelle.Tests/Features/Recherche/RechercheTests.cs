using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Features.Diagnostic;
using Passerelle.Tests.Features.Dossiers;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Dossiers;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;

namespace Passerelle.Tests.Features.Recherche;

public sealed class RechercheTests(Application app) : IClassFixture<Application>
{
    private static DateOnly NaissanceUnique() => new DateOnly(1950, 1, 1).AddDays(Random.Shared.Next(0, 18_000));

    private static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A person with a real surname, made unique by a first name no other test uses.</summary>
    private async Task<(int Id, string Prenom, DossierDeTest Dossier)> PersonneAsync(string nom, string? territoire = Angers, string? nir = null)
    {
        var prenom = NomUnique("P");
        var dossier = await CreerAsync(app, territoire, territoire == Saumurois ? "49328" : "49007", "VILLE", new PersonneDeTest(nom, prenom, NaissanceUnique(), Nir: nir));
        return (dossier.Personnes[0], prenom, dossier);
    }

    private static List<int> Ids(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#personnes-trouvees tbody th a").Select(a => int.Parse(a.GetAttribute("href")!["/personnes/".Length..], CultureInfo.InvariantCulture))];

    private async Task<IHtmlDocument> ChercherAsync(string texte, string login = "agent@49")
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        return await navigateur.PageAsync("/recherche?q=" + Uri.EscapeDataString(texte));
    }

    [Fact]
    public async Task Recherche_nom_mal_orthographie_trouve_la_personne()
    {
        var dupont = await PersonneAsync("DUPONT");
        var lefevre = await PersonneAsync("LEFÈVRE");
        var martin = await PersonneAsync("MARTIN");
        Assert.Contains(dupont.Id, Ids(await ChercherAsync($"Dupond {dupont.Prenom.ToLowerInvariant()}")));
        Assert.Contains(lefevre.Id, Ids(await ChercherAsync($"{lefevre.Prenom} Lefevre")));
        var inversion = await ChercherAsync($"Martni {martin.Prenom}");
        Assert.Equal([martin.Id], Ids(inversion));
        Assert.Contains("les plus proches", inversion.QuerySelector("#nombre-resultats")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(dupont.Id, Ids(await ChercherAsync($"Durand {dupont.Prenom}")));
    }

    [Fact]
    public async Task Recherche_par_nom_de_naissance_et_par_date()
    {
        var (id, prenom, _) = await PersonneAsync("DURAND");
        var naissance = await app.DansDepartementAsync("49", async db =>
        {
            var p = await db.Personnes.SingleAsync(x => x.Id == id);
            p.NomNaissance = "BERTHIER";
            await db.SaveChangesAsync();
            return p.DateNaissance;
        });
        var page = await ChercherAsync($"Bertier {prenom}");
        Assert.Equal([id], Ids(page));
        Assert.Contains("BERTHIER", page.QuerySelector("#personnes-trouvees tbody th")?.TextContent, StringComparison.Ordinal);
        Assert.Equal([id], Ids(await ChercherAsync($"durand {Date(naissance)}")));
        Assert.Empty(Ids(await ChercherAsync($"durand {prenom} {Date(naissance.AddDays(1))}")));
        Assert.Contains(id, Ids(await ChercherAsync(Date(naissance))));
    }

    [Fact]
    public async Task Recherche_par_nir_13_et_15_numdemrsa_matricule_telephone_et_email()
    {
        var nir = NirUnique();
        var (id, _, dossier) = await PersonneAsync("ROBERT", nir: nir);
        var telephone = "06" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        var email = $"{NomUnique("r").ToLowerInvariant()}@exemple.fr";
        await app.DansDepartementAsync("49", async db =>
        {
            var p = await db.Personnes.SingleAsync(x => x.Id == id);
            (p.Telephone, p.Email) = (telephone, email);
            await db.SaveChangesAsync();
        });
        var espace = $"{nir[..1]} {nir[1..3]} {nir[3..5]} {nir[5..7]} {nir[7..10]} {nir[10..13]} {nir[13..]}";
        var parTelephone = $"+33 {telephone[1]} {telephone[2..4]} {telephone[4..6]} {telephone[6..8]} {telephone[8..]}";
        foreach (var texte in new[] { nir[..13], espace, dossier.NumDemRsa, dossier.Matricule, parTelephone, email.ToUpperInvariant() })
            Assert.True(Ids(await ChercherAsync(texte)).SequenceEqual([id]), texte);
        var journal = await app.DansDepartementAsync("49", db => db.Audit.Where(a => a.Action == "recherche").Select(a => a.Details!).ToListAsync());
        Assert.Contains(journal, d => d.Contains($"NIR {nir[..1]} {nir[1..3]} {nir[3..5]} ••", StringComparison.Ordinal));
        Assert.DoesNotContain(journal, d => d.Contains(nir[5..13], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resultat_montre_dossier_etape_referent_et_personne_sans_dossier_caf()
    {
        var personneId = await DonneesDiagnostic.PersonneAsync(app);
        await DonneesDiagnostic.DesignerAsync(app, personneId, "referent@49");
        var nom = await app.DansDepartementAsync("49", db => db.Personnes.Where(p => p.Id == personneId).Select(p => p.Nom + " " + p.Prenoms).SingleAsync());
        var ligne = (await ChercherAsync(nom)).QuerySelector("#personnes-trouvees tbody tr")!;
        Assert.Contains("À inviter", ligne.TextContent, StringComparison.Ordinal);
        Assert.NotNull(ligne.QuerySelector("a[href^='/dossiers/']"));
        Assert.DoesNotContain("Aucun référent", ligne.TextContent, StringComparison.Ordinal);

        var prenom = NomUnique("P");
        var manuelle = await app.DansDepartementAsync("49", async db =>
        {
            var p = new Personne { Nom = "GARNIER", NomNaissance = "GARNIER", Prenoms = prenom, Sexe = "2", DateNaissance = NaissanceUnique(), CleIdentite = NormalisationNom.CleIdentite("GARNIER", prenom), SaisieManuelle = true };
            db.Personnes.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        var page = await ChercherAsync($"Garnié {prenom}");
        Assert.Equal([manuelle], Ids(page));
        Assert.Contains("Sans dossier CAF", page.QuerySelector("#personnes-trouvees tbody tr")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recherche_reste_dans_le_perimetre_de_chacun()
    {
        var angers = await PersonneAsync("BERNARD");
        var saumur = await PersonneAsync("BERNARD", Saumurois);
        var suivie = await DonneesDiagnostic.PersonneAsync(app);
        await DonneesDiagnostic.DesignerAsync(app, suivie, "referent@49");
        var nomSuivie = await app.DansDepartementAsync("49", db => db.Personnes.Where(p => p.Id == suivie).Select(p => p.Nom).SingleAsync());

        var territoire = Ids(await ChercherAsync("Bernard", "agent-territoire@49"));
        Assert.Contains(angers.Id, territoire);
        Assert.DoesNotContain(saumur.Id, territoire);
        Assert.Empty(Ids(await ChercherAsync($"Bernard {angers.Prenom}", "referent@49")));
        Assert.Equal([suivie], Ids(await ChercherAsync(nomSuivie, "referent@49")));
        Assert.Empty(Ids(await ChercherAsync($"Bernard {angers.Prenom}", "agent@37")));
        using var api = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.DoesNotContain(angers.Prenom, await (await api.GetAsync($"/api/v1/personnes/recherche?q=bernard+{angers.Prenom}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("operateur@49")]
    [InlineData("pilote@49")]
    [InlineData("lecteur@49")]
    [InlineData("membre-ep@49")]
    [InlineData("admin@49")]
    [InlineData("beneficiaire@49")]
    public async Task Roles_sans_dossiers_n_ont_ni_boite_ni_recherche(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Refus.Refuse(await navigateur.GetAsync("/recherche?q=dupont"), login);
        Assert.Equal(HttpStatusCode.Forbidden, (await navigateur.GetAsync("/api/v1/personnes/recherche?q=dupont")).StatusCode);
        Assert.Null((await navigateur.PageAsync("/compte")).QuerySelector("#recherche-personne"));
    }

    [Fact]
    public async Task Boite_dans_l_entete_des_agents_referents_et_responsables()
    {
        foreach (var login in new[] { "agent@49", "referent@49", "responsable@49" })
        {
            using var navigateur = await Navigateur.ConnecteAsync(app, login);
            Assert.Equal("/recherche", (await navigateur.PageAsync("/")).QuerySelector("header form#recherche-personne")?.GetAttribute("action"));
        }
        using var anonyme = Navigateur.Anonyme(app);
        Refus.VersConnexion(await anonyme.GetAsync("/recherche?q=dupont"), "recherche");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonyme.GetAsync("/api/v1/personnes/recherche?q=dupont")).StatusCode);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("*")]
    [InlineData("%dupont%")]
    [InlineData("' OR '1'='1")]
    [InlineData("'; DROP TABLE \"Personnes\"; --")]
    [InlineData("\u0001\u001f")]
    [InlineData("")]
    public async Task Valeurs_hostiles_donnent_un_message_ou_aucun_resultat(string texte)
    {
        var page = await ChercherAsync(texte);
        Assert.True(page.QuerySelector("#q-erreur") is not null || Ids(page).Count < RecherchePersonnesLimite || texte.Length == 0, texte);
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var api = await navigateur.GetAsync("/api/v1/personnes/recherche?q=" + Uri.EscapeDataString(texte));
        Assert.True(api.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{texte} : {api.StatusCode}");
    }

    [Fact]
    public async Task Texte_de_5000_caracteres_est_refuse_en_francais()
    {
        var page = await ChercherAsync(new string('x', 5000));
        Assert.Contains("limitée à 100 caractères", page.QuerySelector("#q-erreur")?.TextContent, StringComparison.Ordinal);
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Equal(HttpStatusCode.BadRequest, (await navigateur.GetAsync("/api/v1/personnes/recherche?q=" + new string('x', 5000))).StatusCode);
    }

    [Fact]
    public async Task Dossier_liste_et_fiche_menent_aux_personnes_consultables()
    {
        var dossier = await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(NomUnique(), "DEM", NaissanceUnique()),
            new PersonneDeTest(NomUnique(), "CJT", NaissanceUnique(), Role: "CJT"));
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var fiche = await agent.PageAsync($"/dossiers/{dossier.Id}");
        Assert.Equal(dossier.Personnes.Select(id => $"/personnes/{id}").Order(), fiche.QuerySelectorAll("#personnes tbody th a").Select(a => a.GetAttribute("href")).Order());
        var liste = await agent.PageAsync($"/dossiers?Filtre.NumDemRsa={dossier.NumDemRsa}");
        Assert.Equal(dossier.Personnes.Select(id => $"/personnes/{id}").Order(), liste.QuerySelectorAll("#dossiers tbody th a").Select(a => a.GetAttribute("href")).Order());

        await app.DansDepartementAsync("49", async db =>
        {
            db.Add(new Web.Features.Orientation.Parcours
            {
                PersonneId = dossier.Personnes[0],
                DateEntree = new DateOnly(2026, 10, 31),
                CodeRegles = Web.Features.Orientation.ReglesNationales.CodeDecret2025,
                EcheanceOrientation = new DateOnly(2026, 12, 12),
            });
            await db.SaveChangesAsync();
        });
        await DonneesDiagnostic.DesignerAsync(app, dossier.Personnes[0], "referent@49");
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        var vue = await referent.PageAsync($"/dossiers/{dossier.Id}");
        Assert.Equal([$"/personnes/{dossier.Personnes[0]}"], vue.QuerySelectorAll("#personnes tbody th a").Select(a => a.GetAttribute("href")));
        Assert.Equal(2, vue.QuerySelectorAll("#personnes tbody tr").Length);
    }

    private const int RecherchePersonnesLimite = Web.Features.Recherche.RecherchePersonnes.Limite;
}
