using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Structures;
using Passerelle.Tests.Features.Territoires;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Acces.ClesApi;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Administration;

/// <summary>
/// The administration writes that earlier tests did not post with another département's id (territoires,
/// structures, offers, rule sets, API keys): the answer of a missing id, and the row left as it was.
/// Administrators' scope is their whole département, so another département is the only outside.
/// </summary>
public sealed class AdministrationPerimetreEcrituresTests(Application app) : IClassFixture<Application>
{
    private static string Texte(int valeur) => valeur.ToString(CultureInfo.InvariantCulture);

    private async Task<(Navigateur Admin, string Jeton)> AdministrateurAsync()
    {
        var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        return (admin, await ComptesDeTest.JetonAsync(admin, "/administration/territoires/nouveau"));
    }

    [Fact]
    public async Task Modification_et_reactivation_d_un_territoire_d_un_autre_departement_repondent_404_et_rien_ne_change()
    {
        var id = await DonneesTerritoires.IdAsync(app, "37", "Nord Est");
        var avant = await app.DansDepartementAsync("37", db => db.Territoires.AsNoTracking().SingleAsync(t => t.Id == id));
        var (admin, jeton) = await AdministrateurAsync();
        using var _ = admin;

        var modification = await admin.PosterAsync($"/administration/territoires/{id}/modifier",
            [new("Saisie.Nom", "Pirate"), new("Saisie.Ajouts", "49007"), new("Version", "0")], jeton);
        var reactivation = await admin.PosterAsync($"/administration/territoires/{id}?handler=Reactiver", [new("version", Texte(avant.Version))], jeton);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (modification.StatusCode, reactivation.StatusCode));
        var apres = await app.DansDepartementAsync("37", db => db.Territoires.AsNoTracking().SingleAsync(t => t.Id == id));
        Assert.Equal((avant.Nom, avant.Actif, avant.Version), (apres.Nom, apres.Actif, apres.Version));
    }

    [Fact]
    public async Task Reactivation_et_offres_d_une_structure_d_un_autre_departement_repondent_404_et_rien_ne_change()
    {
        var id = await app.DansDepartementAsync("37", async db =>
        {
            var structure = await db.Structures.FirstAsync();
            structure.Actif = false;
            await db.SaveChangesAsync();
            return structure.Id;
        });
        var (versionAvant, offresAvant) = await app.DansDepartementAsync("37", async db =>
            (await db.Structures.Where(s => s.Id == id).Select(s => s.Version).SingleAsync(), await db.Set<OffreAccompagnement>().CountAsync(o => o.StructureId == id)));
        var (admin, jeton) = await AdministrateurAsync();
        using var _ = admin;

        var reactivation = await admin.PosterAsync($"/administration/structures/{id}?handler=Reactiver", [new("version", Texte(versionAvant))], jeton);
        var offres = await admin.PosterAsync($"/administration/structures/{id}/accompagnement",
            [new("Saisie.Offres[0].Accepte", "true"), new("Saisie.Offres[0].Places", "999"), new("Saisie.Offres[1].Places", ""), new("Saisie.Offres[2].Places", "")], jeton);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (reactivation.StatusCode, offres.StatusCode));
        var (actif, version, nombreOffres) = await app.DansDepartementAsync("37", async db =>
        {
            var s = await db.Structures.AsNoTracking().SingleAsync(x => x.Id == id);
            return (s.Actif, s.Version, await db.Set<OffreAccompagnement>().CountAsync(o => o.StructureId == id));
        });
        Assert.Equal((false, versionAvant, offresAvant), (actif, version, nombreOffres));
    }

    [Fact]
    public async Task Creation_par_l_api_d_une_structure_desservant_un_territoire_d_un_autre_departement_est_refusee_et_rien_n_est_cree()
    {
        var territoire37 = await DonneesTerritoires.IdAsync(app, "37", "Nord Est");
        var nom = DonneesStructures.NomUnique("API");
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        var reponse = await admin.Client.PostAsJsonAsync(new Uri("/api/v1/structures", UriKind.Relative), new SaisieStructure
        {
            Nom = nom,
            Type = "MissionLocale",
            Siret = SiretsDeTest.Nouveau(),
            Adresse = "3 place de la Gare",
            Commune = "49328",
            Territoires = [territoire37],
        });

        Assert.Equal(HttpStatusCode.BadRequest, reponse.StatusCode);
        Assert.Contains($"Le territoire n° {territoire37} n'existe pas dans le département.", await reponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.DansDepartementAsync("49", db => db.Structures.AnyAsync(s => s.Nom == nom)));
    }

    [Fact]
    public async Task Modification_d_un_jeu_de_regles_d_un_autre_departement_repond_404_et_rien_ne_change()
    {
        var jeu = await app.DansDepartementAsync("37", async db =>
        {
            var j = new JeuRegles
            {
                Code = $"P-{Guid.NewGuid():N}"[..20].ToUpperInvariant(),
                Libelle = "37",
                ValideDu = new DateOnly(1941, 1, 1),
                ValideAu = new DateOnly(1941, 12, 31),
                DelaiOrientation = Delai.Parse("2 mois"),
                DelaiPremierRdv = Delai.Parse("15 jours"),
                DelaiContrat = Delai.Parse("2 mois")
            };
            db.Add(j);
            await db.SaveChangesAsync();
            return j;
        });
        var (admin, jeton) = await AdministrateurAsync();
        using var _ = admin;

        var reponse = await admin.PosterAsync($"/administration/orientation/{jeu.Id}/modifier",
            [new("Version", "0"), new("Saisie.Code", jeu.Code), new("Saisie.Libelle", "Pirate"), new("Saisie.ValideDu", "1941-01-01"), new("Saisie.ValideAu", "1941-12-31"),
             new("Saisie.DelaiOrientation", "1 mois"), new("Saisie.DelaiPremierRdv", "15 jours"), new("Saisie.DelaiContrat", "2 mois")], jeton);

        Assert.Equal(HttpStatusCode.NotFound, reponse.StatusCode);
        var apres = await app.DansDepartementAsync("37", db => db.Set<JeuRegles>().AsNoTracking().SingleAsync(j => j.Id == jeu.Id));
        Assert.Equal(("37", jeu.Version), (apres.Libelle, apres.Version));
    }

    [Fact]
    public async Task Revocation_d_une_cle_d_api_d_un_autre_departement_repond_404_et_la_cle_reste_active()
    {
        var cle = await app.DansDepartementAsync("37", async db =>
        {
            var (texte, prefixe) = CleApi.Generer();
            var c = new CleApi { Nom = "CAF 37", Prefixe = prefixe, Empreinte = CleApi.Hacher(texte), Portees = PorteesApi.Imports, CreePar = "test", CreeLe = HeureDeTest.MaintenantUtc, ExpireLe = HeureDeTest.MaintenantUtc.AddDays(30) };
            db.Add(c);
            await db.SaveChangesAsync();
            return c;
        });
        var (admin, jeton) = await AdministrateurAsync();
        using var _ = admin;

        var reponse = await admin.PosterAsync($"/administration/cles-api?handler=Revoquer&id={cle.Id}&version={cle.Version}", [], jeton);

        Assert.Equal(HttpStatusCode.NotFound, reponse.StatusCode);
        var apres = await app.DansDepartementAsync("37", db => db.ClesApi.AsNoTracking().SingleAsync(c => c.Id == cle.Id));
        Assert.Equal((true, cle.Version), (apres.Actif, apres.Version));
    }
}
