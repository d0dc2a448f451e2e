using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Dossiers;

namespace Passerelle.Tests.Features.Dossiers;

/// <summary>Its own base: the rotation changes the key every later start needs.</summary>
public sealed class ConversionNirTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Demarrage_chiffre_les_nir_en_clair_puis_la_rotation_rechiffre_et_libere_l_ancienne_cle()
    {
        var nom = DonneesDossiers.NomUnique("ANCIEN");
        var nir = DonneesDossiers.NirUnique();
        var dossier = await DonneesDossiers.CreerAsync(app, DonneesDossiers.Angers, "49007", "ANGERS", new PersonneDeTest(nom, "EVE", new DateOnly(1985, 5, 17), Nir: nir));
        var id = dossier.Personnes[0];
        // What a base written before encryption holds: the NIR and its 13 characters in clear.
        await LectureBrute.Lire(app, db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"Personnes\" SET \"Nir\" = {0}, \"EmpreinteNir\" = {1} WHERE \"Id\" = {2}", nir, nir[..13], id));

        await using (var convertie = LectureBrute.Redemarrer(app))
        {
            using var navigateur = await Navigateur.ConnecteAsync(convertie, "agent@49");
            var page = await navigateur.PageAsync($"/dossiers?Filtre.Nir={nir[..13]}");
            Assert.Equal([$"{nom} Eve"], page.QuerySelectorAll("#dossiers tbody th").Select(th => th.TextContent.Trim()));
        }
        var brute = Assert.Single(await LectureBrute.PersonnesAsync(app, $"{nom} EVE"));
        Assert.StartsWith("v1:", brute.Nir, StringComparison.Ordinal);
        Assert.DoesNotContain(nir[..13], brute.EmpreinteNir, StringComparison.Ordinal);

        var cle2 = LectureBrute.CleAuHasard();
        await using (var tournee = LectureBrute.Redemarrer(app, ("Chiffrement:Cles:2", cle2)))
            tournee.CreateClient().Dispose();
        Assert.StartsWith("v2:", Assert.Single(await LectureBrute.PersonnesAsync(app, $"{nom} EVE")).Nir, StringComparison.Ordinal);

        await using var sansLaPremiere = LectureBrute.Redemarrer(app, ("Chiffrement:Cles:1", ""), ("Chiffrement:Cles:2", cle2));
        using var client = await Navigateur.ConnecteAsync(sansLaPremiere, "agent@49");
        var trouve = await client.PageAsync($"/dossiers?Filtre.Nir={nir}");
        Assert.Equal(PerimetreDossiers.FormaterNir(nir), trouve.QuerySelector("#dossiers tbody td.nir")?.TextContent.Trim());
        await using var sansLaSeconde = LectureBrute.Redemarrer(app, ("Chiffrement:Cles:2", ""));
        Assert.Contains("version 2 de la clé", Assert.ThrowsAny<Exception>(() => sansLaSeconde.CreateClient()).ToString(), StringComparison.Ordinal);
    }
}
