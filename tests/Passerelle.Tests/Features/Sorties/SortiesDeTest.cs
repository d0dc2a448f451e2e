using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Orientation;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Sorties;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Sorties;

/// <summary>Persons accompanied by the demo référent of 49, brought there through the person page as an agent does.</summary>
internal static class SortiesDeTest
{
    public static KeyValuePair<string, string> Champ(string nom, object valeur) => new(nom, Convert.ToString(valeur, CultureInfo.InvariantCulture)!);

    public static async Task<PersonneSuivie> AccompagneeAsync(Application app)
    {
        var p = await ParcoursDeTest.CreerAsync(app);
        var (referentId, structureId) = await ParcoursDeTest.CompteAsync(app, "referent@49.passerelle.test", Role.Referent);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        await OrienterAsync(app, agent, p, "Proposer", Champ("Type", "Sociale"), Champ("Motif", "Freins de logement"));
        await OrienterAsync(app, agent, p, "Valider");
        await OrienterAsync(app, agent, p, "Designer", Champ("Referent", $"{structureId}|{referentId}"));
        Assert.Equal(EtapeParcours.Accompagne, (await ParcoursDeTest.LireAsync(app, p.ParcoursId)).Etape);
        return p;
    }

    private static async Task OrienterAsync(Application app, Navigateur agent, PersonneSuivie p, string handler, params KeyValuePair<string, string>[] champs)
    {
        var version = (await ParcoursDeTest.LireAsync(app, p.ParcoursId)).Version;
        var reponse = await agent.SoumettreAsync($"/personnes/{p.PersonneId}", [Champ("Version", version), .. champs], ActionsPagePersonne.Url(p.PersonneId, handler));
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
    }

    /// <summary>Posts to the exit actions and returns the message the person page shows.</summary>
    public static async Task<string> AgirAsync(Navigateur navigateur, int personneId, string handler, params KeyValuePair<string, string>[] champs)
    {
        var url = $"/personnes/{personneId}";
        var reponse = await navigateur.SoumettreAsync(url, champs, $"{url}/sortie?handler={handler}");
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var page = await navigateur.PageAsync(url);
        return page.QuerySelector("[role=status], [role=alert]")?.TextContent.Trim() ?? "";
    }

    public static Task<Sortie?> SortieAsync(Application app, int personneId) =>
        app.DansDepartementAsync("49", db => db.Set<Sortie>().AsNoTracking().Include(s => s.Suivis).Where(s => s.PersonneId == personneId).OrderByDescending(s => s.Id).FirstOrDefaultAsync());
}
