using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Offre;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Prescriptions;

namespace Passerelle.Tests.Features.Prescriptions;

/// <summary>Actions of the demo operator of 49 published for one test, and the forms of a prescription, posted as users do.</summary>
internal static class PrescriptionsDeTest
{
    /// <summary>An action of the demo operator's structure, published by the agent, with <paramref name="places"/> places funded for ten years.</summary>
    public static async Task<int> ActionPublieeAsync(Application app, int places, string? territoire = null)
    {
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var debut = HeureDeTest.Aujourdhui.AddYears(-1);
        var champs = OffreTests.Champs(await OffreTests.FicheAsync(app), await OffreTests.StructureOperateurAsync(app), "Atelier mobilité " + Guid.NewGuid().ToString("N")[..6],
            places: $"{debut:dd/MM/yyyy} → {debut.AddYears(10):dd/MM/yyyy} : {places}", territoire: territoire);
        var id = await OffreTests.CreerAsync(agent, champs);
        await OffreTests.AgirAsync(agent, id, ActeAction.Soumettre);
        await OffreTests.AgirAsync(agent, id, ActeAction.Publier);
        return id;
    }

    /// <summary>Posts the prescription form; returns the error shown, or null when it went through.</summary>
    public static async Task<string?> PrescrireAsync(Navigateur navigateur, int personneId, int actionId, params KeyValuePair<string, string>[] autres)
    {
        var url = $"/prescriptions/nouvelle?personne={personneId}&action={actionId}";
        var reponse = await navigateur.SoumettreAsync(url, [new("Motif", "Lever le frein de mobilité avant la reprise d'emploi."), .. autres]);
        if (reponse.StatusCode == HttpStatusCode.Redirect) return null;
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        return (await Navigateur.DocumentAsync(reponse)).QuerySelector("#erreur-prescription")?.TextContent.Trim() ?? "(aucun message)";
    }

    public sealed record Envoyee(int Action, int PersonneId, int Id);

    /// <summary>A new action with five places, a person accompanied by the demo référent, and the référent's prescription of the one to the other.</summary>
    public static async Task<Envoyee> EnvoyeeAsync(Application app)
    {
        var action = await ActionPublieeAsync(app, 5);
        var p = await Sorties.SortiesDeTest.AccompagneeAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.Null(await PrescrireAsync(referent, p.PersonneId, action));
        return new Envoyee(action, p.PersonneId, (await DerniereAsync(app, p.PersonneId)).Id);
    }

    public static Task<Prescription> DerniereAsync(Application app, int personneId) =>
        app.DansDepartementAsync("49", db => db.Set<Prescription>().AsNoTracking().Include(p => p.Presences).Where(p => p.PersonneId == personneId).OrderByDescending(p => p.Id).FirstAsync());

    /// <summary>Posts one act of the prescription page with the current version; returns the message the page shows after it.</summary>
    public static async Task<string> AgirAsync(Application app, Navigateur navigateur, int prescriptionId, string handler, params KeyValuePair<string, string>[] champs)
    {
        var version = await app.DansDepartementAsync("49", db => db.Set<Prescription>().Where(p => p.Id == prescriptionId).Select(p => p.Version).SingleAsync());
        var url = $"/prescriptions/{prescriptionId}";
        var reponse = await navigateur.SoumettreAsync(url, [new("version", version.ToString(CultureInfo.InvariantCulture)), .. champs], $"{url}?handler={handler}");
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        return (await navigateur.PageAsync(url)).QuerySelector("[role=status], [role=alert]")?.TextContent.Trim() ?? "";
    }

    public static KeyValuePair<string, string> Champ(string nom, object valeur) => new(nom, Convert.ToString(valeur, CultureInfo.InvariantCulture)!);
}
