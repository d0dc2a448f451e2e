using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Orientation;
using static Passerelle.Tests.Features.Portefeuille.DonneesPortefeuille;

namespace Passerelle.Tests.Features.Orientation;

/// <summary>« Changer de référent » selects the current référent, never the list's first name; names are grouped by structure with each one's load.</summary>
public sealed class ChoixReferentTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Changer_de_referent_preselectionne_le_referent_actuel_groupe_par_structure_avec_sa_charge()
    {
        var ccas = (await CompteAsync(app, "responsable@49")).StructureId;
        var referent = await NouveauReferentAsync(app, ccas);
        var suivie = await SuivieAsync(app, referent, echeance: null);
        await SuivieAsync(app, referent, echeance: null);
        var nomStructure = await app.DansDepartementAsync("49", db => db.Structures.Where(s => s.Id == ccas).Select(s => s.Nom).SingleAsync());
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");

        var choix = (await agent.PageAsync($"/personnes/{suivie.PersonneId}")).QuerySelector("#form-designer select#Referent")!;

        var choisies = choix.QuerySelectorAll("option[selected]");
        Assert.Equal($"{ccas}|{referent.Id}", Assert.Single(choisies).GetAttribute("value"));
        Assert.EndsWith("— 2 personnes", choisies[0].TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith(nomStructure, choisies[0].ParentElement!.GetAttribute("label"), StringComparison.Ordinal);
        Assert.Equal(choix.QuerySelectorAll("optgroup").Select(g => g.GetAttribute("label")).Distinct().Count(), choix.QuerySelectorAll("optgroup").Length);
    }

    [Fact]
    public async Task Designer_un_premier_referent_ne_preselectionne_personne()
    {
        var ccas = (await CompteAsync(app, "responsable@49")).StructureId;
        var attente = await PersonneAsync(app, p =>
            (p.Etape, p.TypeOrientation, p.StructureId, p.DateOrientation) = (EtapeParcours.SansReferent, TypeOrientation.Sociale, ccas, new DateOnly(2025, 2, 1)));
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");

        var choix = (await agent.PageAsync($"/personnes/{attente.PersonneId}")).QuerySelector("#form-designer select#Referent")!;

        Assert.Equal("", Assert.Single(choix.QuerySelectorAll("option[selected]")).GetAttribute("value"));
    }
}
