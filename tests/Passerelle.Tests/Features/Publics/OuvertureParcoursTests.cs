using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;

namespace Passerelle.Tests.Features.Publics;

/// <summary>A parcours opened by hand for a person without an RSA right: who may, where, and what the CAF flux and the scope make of it.</summary>
public sealed class OuvertureParcoursTests(Application app) : IClassFixture<Application>
{
    private static Dictionary<string, string> Formulaire(string nom, string commune, string publicCode = "JEUNES", string naissance = "2004-03-15", string? nir = null) => new()
    {
        ["Saisie.Nom"] = nom,
        ["Saisie.Prenoms"] = "Inès",
        ["Saisie.DateNaissance"] = naissance,
        ["Saisie.Sexe"] = "2",
        ["Saisie.Commune"] = commune,
        ["Saisie.Public"] = publicCode,
        ["Saisie.Origine"] = "Mission locale",
        ["Saisie.Nir"] = nir ?? "",
    };

    private Task<Parcours?> ParcoursDeAsync(string nom) => app.DansDepartementAsync("49", db =>
        db.Set<Parcours>().Include(p => p.Personne).FirstOrDefaultAsync(p => p.Personne!.Nom == nom));

    [Fact]
    public async Task Agent_ouvre_un_parcours_jeune_la_personne_est_rattachee_a_son_territoire_et_affichee_hors_rsa()
    {
        var nom = NomUnique("JEUNE");
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var reponse = await agent.SoumettreAsync("/personnes/nouvelle", Formulaire(nom, "Saumur"));

        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var parcours = await ParcoursDeAsync(nom);
        Assert.NotNull(parcours);
        Assert.Equal(("JEUNES", "49328", EtapeParcours.AInviter), (parcours.Public, parcours.CodeInsee, parcours.Etape));
        Assert.True(parcours.Personne!.SaisieManuelle);
        Assert.Null(parcours.Personne.DossierCourantId);
        var page = await agent.PageAsync(reponse.Headers.Location!.ToString());
        Assert.Contains("Jeunes de 16 à 25 ans", page.QuerySelector("#public-suivi")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agent_de_territoire_ouvre_dans_son_territoire_seulement_et_seul_lui_voit_la_personne()
    {
        using var territoire = await Navigateur.ConnecteAsync(app, "agent-territoire@49");
        var ailleurs = await Navigateur.DocumentAsync(await territoire.SoumettreAsync("/personnes/nouvelle", Formulaire(NomUnique("AILLEURS"), "Saumur")));
        Assert.Contains("n'est pas dans vos territoires", ailleurs.QuerySelector("#Saisie_Commune-erreur")?.TextContent, StringComparison.Ordinal);

        var nom = NomUnique("ANGERS");
        var reponse = await territoire.SoumettreAsync("/personnes/nouvelle", Formulaire(nom, "49007"));
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var personneId = (await ParcoursDeAsync(nom))!.PersonneId;
        Assert.Equal(HttpStatusCode.OK, (await territoire.GetAsync($"/personnes/{personneId}")).StatusCode);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.Equal(HttpStatusCode.NotFound, (await referent.GetAsync($"/personnes/{personneId}")).StatusCode);
        using var autre = await Navigateur.ConnecteAsync(app, "agent@37");
        Assert.Equal(HttpStatusCode.NotFound, (await autre.GetAsync($"/personnes/{personneId}")).StatusCode);
    }

    [Theory]
    [InlineData("referent@49")]
    [InlineData("responsable@49")]
    public async Task Un_professionnel_qui_n_est_pas_agent_ne_peut_pas_ouvrir_de_parcours(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Refus.Refuse(await navigateur.GetAsync("/personnes/nouvelle"), login);
        var jeton = await ComptesDeTest.JetonAsync(navigateur, "/");
        var nom = NomUnique("REFUS");
        Refus.Refuse(await navigateur.PosterAsync("/personnes/nouvelle", Formulaire(nom, "49007"), jeton), login);
        Assert.Null(await ParcoursDeAsync(nom));
    }

    [Theory]
    [InlineData("2015-01-01", "JEUNES", "49007", "Saisie.DateNaissance", "entre 16 et 100 ans")]
    [InlineData("2004-03-15", "RSA", "49007", "Saisie.Public", "publics accompagnés")]
    [InlineData("2004-03-15", "JEUNES", "37261", "Saisie.Commune", "n'est pas dans le département")]
    public async Task Saisie_invalide_est_refusee_sur_son_champ_et_rien_n_est_cree(string naissance, string publicCode, string commune, string champ, string message)
    {
        var nom = NomUnique("INVALIDE");
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var page = await Navigateur.DocumentAsync(await agent.SoumettreAsync("/personnes/nouvelle", Formulaire(nom, commune, publicCode, naissance)));
        Assert.Contains(message, page.QuerySelector($"#{champ.Replace('.', '_')}-erreur")?.TextContent, StringComparison.Ordinal);
        Assert.Null(await ParcoursDeAsync(nom));
    }

    [Fact]
    public async Task Une_personne_deja_connue_n_est_pas_saisie_deux_fois()
    {
        var nom = NomUnique("DOUBLE");
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        await agent.SoumettreAsync("/personnes/nouvelle", Formulaire(nom, "49007"));
        var page = await Navigateur.DocumentAsync(await agent.SoumettreAsync("/personnes/nouvelle", Formulaire(nom, "49007")));
        Assert.Contains("déjà connue", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.Personnes.CountAsync(p => p.Nom == nom)));
    }

    [Fact]
    public async Task Le_flux_caf_ne_clot_pas_un_parcours_hors_rsa_et_l_orientation_ne_demande_pas_les_droits_et_devoirs()
    {
        var nom = NomUnique("PLIE");
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        await agent.SoumettreAsync("/personnes/nouvelle", Formulaire(nom, "49007", "PLIE", "1980-06-01"));
        await app.DansDepartementAsync("49", (_, services) => services.GetRequiredService<SynchronisationParcours>().ExecuterAsync());

        var parcours = (await ParcoursDeAsync(nom))!;
        Assert.Null(parcours.DateCloture);
        var url = $"/personnes/{parcours.PersonneId}";
        var reponse = await agent.SoumettreAsync(url, [new("Version", parcours.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Type", "Professionnelle"), new("Motif", "Projet PLIE")],
            ActionsPagePersonne.Url(parcours.PersonneId, "Proposer"));
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        Assert.Equal(EtapeParcours.OrientationProposee, (await ParcoursDeAsync(nom))!.Etape);
    }

    [Fact]
    public async Task Un_partenaire_ouvre_un_parcours_par_l_api_et_une_saisie_invalide_nomme_son_champ()
    {
        var (cle, _) = await ClesDeTest.CreerAsync(app, "49", [PorteesApi.ParcoursEcriture]);
        using var robot = ClesDeTest.Robot(app, cle);
        var nom = NomUnique("API");
        var cree = await robot.PostAsJsonAsync("/api/v1/publics/parcours",
            new { nom, prenoms = "Léo", dateNaissance = "2003-09-09", sexe = "1", commune = "Angers", @public = "JEUNES", origine = "Mission locale d'Angers" });
        Assert.Equal(HttpStatusCode.Created, cree.StatusCode);
        Assert.Equal("JEUNES", (await ParcoursDeAsync(nom))!.Public);

        var refus = await robot.PostAsJsonAsync("/api/v1/publics/parcours", new { nom = NomUnique("API"), prenoms = "Léo", dateNaissance = "2003-09-09", sexe = "X", commune = "Angers", @public = "JEUNES" });
        Assert.Equal(HttpStatusCode.BadRequest, refus.StatusCode);
        Assert.Contains("\"sexe\"", await refus.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
