using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Demo;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Orientation.Administration;

namespace Passerelle.Tests.Features.Orientation;

/// <summary>Each test works on its own years so that their validity periods never meet.</summary>
public sealed class JeuxReglesTests(Application app) : IClassFixture<Application>
{
    private static Dictionary<string, string> Formulaire(string code, string du, string? au, string delai = "2 mois", string criteres = "defaut => sociale") => new()
    {
        ["Saisie.Code"] = code,
        ["Saisie.Libelle"] = $"Plan {code}",
        ["Saisie.Source"] = "Délibération",
        ["Saisie.ValideDu"] = du,
        ["Saisie.ValideAu"] = au ?? "",
        ["Saisie.DelaiOrientation"] = delai,
        ["Saisie.DelaiPremierRdv"] = "15 jours",
        ["Saisie.DelaiContrat"] = "2 mois",
        ["Saisie.RappelAvantRdvJours"] = "2",
        ["Saisie.RelanceInvitationJours"] = "3",
        ["Saisie.ExpirationInvitationJours"] = "30",
        ["Saisie.LibelleProfessionnelle"] = "Emploi",
        ["Saisie.LibelleSocioProfessionnelle"] = "",
        ["Saisie.LibelleSociale"] = "Social",
        ["Saisie.Criteres"] = criteres,
    };

    private Task<JeuRegles?> JeuAsync(string code) =>
        app.DansDepartementAsync("49", db => db.Set<JeuRegles>().AsNoTracking().SingleOrDefaultAsync(j => j.Code == code));

    [Fact]
    public async Task Creation_enregistre_le_jeu_l_affiche_et_le_journalise()
    {
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var reponse = await admin.SoumettreAsync("/administration/orientation/nouveau", Formulaire("test-1990", "1990-01-01", "1990-12-31", "6 semaines"));
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var jeu = await JeuAsync("TEST-1990");
        Assert.NotNull(jeu);
        Assert.Equal(new Delai(6, UniteDelai.Semaines), jeu.DelaiOrientation);
        Assert.Equal("Emploi", jeu.NomType(TypeOrientation.Professionnelle));
        Assert.Equal("Socio-professionnelle", jeu.NomType(TypeOrientation.SocioProfessionnelle));
        var liste = await admin.PageAsync("/administration/orientation");
        Assert.Contains("TEST-1990", liste.QuerySelector("#jeux-departement")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(ReglesNationales.CodeDecret2025, liste.QuerySelector("#jeux-nationaux")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == "creation" && a.Objet == "JeuRegles" && a.ObjetId == "TEST-1990")));
    }

    [Fact]
    public async Task Periode_qui_chevauche_un_autre_jeu_est_refusee_en_le_nommant()
    {
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        await admin.SoumettreAsync("/administration/orientation/nouveau", Formulaire("TEST-1980", "1980-01-01", "1981-12-31"));
        var reponse = await admin.SoumettreAsync("/administration/orientation/nouveau", Formulaire("TEST-1981", "1981-06-01", null));
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var erreur = (await Navigateur.DocumentAsync(reponse)).QuerySelector("#Saisie_ValideDu-erreur")?.TextContent;
        Assert.Contains("chevauche celle du jeu « TEST-1980 » (du 01/01/1980 au 31/12/1981)", erreur, StringComparison.Ordinal);
        Assert.Null(await JeuAsync("TEST-1981"));
    }

    [Fact]
    public async Task Delai_illisible_et_lignes_de_criteres_fausses_sont_refuses_chacune()
    {
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var reponse = await admin.SoumettreAsync("/administration/orientation/nouveau",
            Formulaire("TEST-1970", "1970-01-01", "1970-12-31", "deux mois", "age<26 => professionnelle\nage<<3 => sociale\nparent-isole => ailleurs"));
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var page = await Navigateur.DocumentAsync(reponse);
        Assert.Contains("Délai d'orientation illisible : « deux mois »", page.QuerySelector("#Saisie_DelaiOrientation-erreur")?.TextContent, StringComparison.Ordinal);
        var criteres = page.QuerySelectorAll("#Saisie_Criteres-erreur p").Select(p => p.TextContent).ToList();
        Assert.Equal(2, criteres.Count);
        Assert.StartsWith("Ligne 2 : « age<<3 => sociale »", criteres[0], StringComparison.Ordinal);
        Assert.StartsWith("Ligne 3 : « parent-isole => ailleurs »", criteres[1], StringComparison.Ordinal);
        Assert.Null(await JeuAsync("TEST-1970"));
    }

    [Fact]
    public async Task Modification_change_les_delais_et_refuse_un_chevauchement()
    {
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        await admin.SoumettreAsync("/administration/orientation/nouveau", Formulaire("TEST-1960", "1960-01-01", "1960-12-31"));
        await admin.SoumettreAsync("/administration/orientation/nouveau", Formulaire("TEST-1961", "1961-01-01", "1961-12-31"));
        var jeu = (await JeuAsync("TEST-1960"))!;
        var url = $"/administration/orientation/{jeu.Id}/modifier";
        var champs = Formulaire("ignoré", "1960-01-01", "1960-12-31", "1 mois");
        champs["Version"] = jeu.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SoumettreAsync(url, champs)).StatusCode);
        var modifie = (await JeuAsync("TEST-1960"))!;
        Assert.Equal(new Delai(1, UniteDelai.Mois), modifie.DelaiOrientation);

        champs["Saisie.ValideAu"] = "1961-03-31";
        champs["Version"] = modifie.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var refus = await admin.SoumettreAsync(url, champs);
        Assert.Equal(HttpStatusCode.OK, refus.StatusCode);
        Assert.Contains("TEST-1961", (await Navigateur.DocumentAsync(refus)).QuerySelector("#Saisie_ValideDu-erreur")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("agent@49")]
    [InlineData("referent@49")]
    [InlineData("pilote@49")]
    public async Task Hors_administration_est_refuse(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        foreach (var url in new[] { "/administration/orientation", "/administration/orientation/nouveau", "/administration/orientation/1/modifier" })
            Refus.Refuse(await navigateur.GetAsync(url), $"{login} GET {url}");
        Refus.Refuse(await navigateur.PosterAsync("/administration/orientation/nouveau", Formulaire("TEST-1950", "1950-01-01", null)), $"{login} POST");
    }

    [Fact]
    public async Task Jeu_d_un_autre_departement_repond_404()
    {
        var autre = await app.DansDepartementAsync("37", async db =>
        {
            var jeu = new JeuRegles { Code = $"AUTRE-{Guid.NewGuid():N}"[..20].ToUpperInvariant(), Libelle = "37", ValideDu = new DateOnly(1940, 1, 1), ValideAu = new DateOnly(1940, 12, 31) };
            db.Add(jeu);
            await db.SaveChangesAsync();
            return jeu.Id;
        });
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/administration/orientation/{autre}/modifier")).StatusCode);
    }

    [Fact]
    public void Jeu_de_la_Drome_donne_deux_mois_pour_orienter_et_passe_les_controles_du_formulaire()
    {
        var drome = OrientationDemo.DromePdie2019();
        Assert.Equal(new Delai(2, UniteDelai.Mois), drome.DelaiOrientation);
        Assert.Equal((new DateOnly(2019, 1, 1), (DateOnly?)new DateOnly(2022, 12, 31)), (drome.ValideDu, drome.ValideAu));
        Assert.Equal(new DateOnly(2019, 5, 15), drome.DelaiOrientation.Ajouter(new DateOnly(2019, 3, 15)));
        Assert.Equal("Sociale", drome.NomType(TypeOrientation.Sociale));
        var copie = new JeuRegles { Code = "", Libelle = "" };
        Assert.Empty(SaisieJeuRegles.Depuis(drome).Verifier(copie, creation: true, []));
        Assert.Equal("DROME-PDIE-2019", copie.Code);
    }
}
