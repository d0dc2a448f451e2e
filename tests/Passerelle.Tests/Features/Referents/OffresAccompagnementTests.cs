using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Features.Structures;

namespace Passerelle.Tests.Features.Referents;

public sealed class OffresAccompagnementTests(Application app) : IClassFixture<Application>
{
    private Task<int> StructureAsync(TypeStructure type) =>
        app.DansDepartementAsync("49", db => db.Structures.Where(s => s.Type == type).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());

    private async Task<List<OffreAccompagnement>> OffresAsync(int structureId) =>
        [.. (await app.DansDepartementAsync("49", db => db.Set<OffreAccompagnement>().AsNoTracking().Where(o => o.StructureId == structureId).ToListAsync()))
            .OrderBy(o => o.TypeOrientation)];

    [Fact]
    public async Task Demo_donne_des_offres_selon_le_type_de_structure()
    {
        var ccas = await OffresAsync(await StructureAsync(TypeStructure.CcasCias));
        Assert.Equal([TypeOrientation.Sociale], ccas.Select(o => o.TypeOrientation));
        Assert.InRange(ccas[0].Places!.Value, 50, 300);
        var departement = await OffresAsync(await StructureAsync(TypeStructure.ServiceDepartement));
        Assert.Equal([TypeOrientation.SocioProfessionnelle, TypeOrientation.Sociale], departement.Select(o => o.TypeOrientation));
    }

    [Fact]
    public async Task Enregistrement_ajoute_modifie_retire_les_offres_et_montre_la_charge()
    {
        var structureId = await StructureAsync(TypeStructure.Plie);
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var url = $"/administration/structures/{structureId}/accompagnement";
        Assert.Contains(url, (await admin.PageAsync($"/administration/structures/{structureId}")).QuerySelector($"a[href='{url}']")?.GetAttribute("href"), StringComparison.Ordinal);
        var reponse = await admin.SoumettreAsync(url, new Dictionary<string, string>
        {
            ["Saisie.Offres[0].Accepte"] = "true", ["Saisie.Offres[0].Places"] = "120",
            ["Saisie.Offres[1].Accepte"] = "true", ["Saisie.Offres[1].Places"] = "",
            ["Saisie.Offres[2].Places"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var offres = await OffresAsync(structureId);
        Assert.Equal([(TypeOrientation.Professionnelle, (int?)120), (TypeOrientation.SocioProfessionnelle, null)], offres.Select(o => (o.TypeOrientation, o.Places)));
        var page = await admin.PageAsync(url);
        Assert.Contains("Charge actuelle : 0 personne(s) pour 120 places", page.QuerySelector("#charge-Professionnelle")?.TextContent, StringComparison.Ordinal);

        await admin.SoumettreAsync(url, new Dictionary<string, string>
        {
            ["Saisie.Offres[0].Accepte"] = "true", ["Saisie.Offres[0].Places"] = "80",
            ["Saisie.Offres[1].Places"] = "", ["Saisie.Offres[2].Places"] = "",
        });
        Assert.Equal([(TypeOrientation.Professionnelle, (int?)80)], (await OffresAsync(structureId)).Select(o => (o.TypeOrientation, o.Places)));
        Assert.Equal(2, await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Objet == "OffreAccompagnement" && a.ObjetId == structureId.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Places_negatives_sont_refusees()
    {
        var structureId = await StructureAsync(TypeStructure.MissionLocale);
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var reponse = await admin.SoumettreAsync($"/administration/structures/{structureId}/accompagnement", new Dictionary<string, string>
        {
            ["Saisie.Offres[0].Accepte"] = "true", ["Saisie.Offres[0].Places"] = "-5",
            ["Saisie.Offres[1].Places"] = "", ["Saisie.Offres[2].Places"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Contains("entre 0 et", (await Navigateur.DocumentAsync(reponse)).QuerySelector("#Saisie_Offres_0__Places-erreur")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("agent@49")]
    [InlineData("responsable@49")]
    public async Task Hors_administration_est_refuse(string login)
    {
        var structureId = await StructureAsync(TypeStructure.CcasCias);
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        Refus.Refuse(await navigateur.GetAsync($"/administration/structures/{structureId}/accompagnement"), login);
    }
}
