using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Utilisateurs;

/// <summary>Accounts are not tenant-filtered by EF: these tests prove the pages keep an administrator inside their département.</summary>
public sealed class CloisonnementTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Compte_d_un_autre_departement_ne_s_ouvre_ni_ne_se_modifie()
    {
        var agent37 = await ComptesDeTest.IdDeAsync(app, "agent@37");
        var avant = await ComptesDeTest.CompteAsync(app, agent37);
        var habilitation37 = await app.DansDepartementAsync("37", db => db.Habilitations.Where(h => h.UtilisateurId == agent37).Select(h => h.Id).SingleAsync());
        var compte = $"/administration/utilisateurs/{agent37}";
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        foreach (var page in new[] { compte, $"{compte}/modifier", $"{compte}/statut" })
            Assert.True((await admin.GetAsync(page)).StatusCode == HttpStatusCode.NotFound, $"GET {page}");
        var jeton = await ComptesDeTest.JetonAsync(admin, "/administration/utilisateurs/nouveau");
        var envois = new (string Url, Dictionary<string, string> Champs)[]
        {
            ($"{compte}?handler=Ajouter", new() { ["Ajout.Role"] = "Administrateur" }),
            ($"{compte}?handler=Retirer&habilitationId={habilitation37}", []),
            ($"{compte}/modifier", new() { ["Saisie.Prenom"] = "Pirate", ["Saisie.Nom"] = "Pirate", ["Saisie.Email"] = "pirate@37.passerelle.test", ["Saisie.Jeton"] = avant.ConcurrencyStamp! }),
            ($"{compte}/statut?handler=Desactiver", []),
            ($"{compte}/statut?handler=Reactiver", []),
            ($"{compte}/statut?handler=ReinitialiserSecondFacteur", []),
        };
        foreach (var (url, champs) in envois)
            Assert.True((await admin.PosterAsync(url, champs, jeton)).StatusCode == HttpStatusCode.NotFound, $"POST {url}");

        var apres = await ComptesDeTest.CompteAsync(app, agent37);
        Assert.Equal((avant.Prenom, avant.Email, avant.Actif, avant.SecurityStamp), (apres.Prenom, apres.Email, apres.Actif, apres.SecurityStamp));
        Assert.Equal(1, await app.DansDepartementAsync("37", db => db.Habilitations.CountAsync(h => h.UtilisateurId == agent37)));
    }

    [Fact]
    public async Task Habilitation_d_un_compte_d_un_autre_departement_ne_se_retire_pas_depuis_un_compte_du_sien()
    {
        var lecteur49 = await ComptesDeTest.IdDeAsync(app, "lecteur@49");
        var agent37 = await ComptesDeTest.IdDeAsync(app, "agent@37");
        var habilitation37 = await app.DansDepartementAsync("37", db => db.Habilitations.Where(h => h.UtilisateurId == agent37).Select(h => h.Id).SingleAsync());
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        var reponse = await admin.SoumettreAsync($"/administration/utilisateurs/{lecteur49}", [], $"/administration/utilisateurs/{lecteur49}?handler=Retirer&habilitationId={habilitation37}");

        Assert.Equal(HttpStatusCode.NotFound, reponse.StatusCode);
        Assert.True(await app.DansDepartementAsync("37", db => db.Habilitations.AnyAsync(h => h.Id == habilitation37)));
    }

    [Fact]
    public async Task Administrateur_de_l_autre_departement_ne_voit_pas_les_comptes_du_premier()
    {
        var lecteur49 = await ComptesDeTest.IdDeAsync(app, "lecteur@49");
        using var admin = await Navigateur.ConnecteAsync(app, "admin@37");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/administration/utilisateurs/{lecteur49}")).StatusCode);
        var liste = await admin.PageAsync("/administration/utilisateurs?Recherche=%4049.passerelle.test");
        Assert.Null(liste.QuerySelector("#utilisateurs"));
    }
}
