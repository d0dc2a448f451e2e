using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Sorties;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Financements;
using static Passerelle.Tests.Features.Prescriptions.PrescriptionsDeTest;

namespace Passerelle.Tests.Features.Financements;

/// <summary>Funding lines posted through the action's funding page, and participants entered as the référent and the operator do.</summary>
internal static class FinancementsDeTest
{
    public static string Url(int action) => $"/financements/actions/{action}";

    /// <summary>The fields of the funding form; an empty value is left out, as a browser leaves an empty field.</summary>
    public static KeyValuePair<string, string>[] Ligne(string financeur, string vote, string engage = "", string paye = "", string annee = "",
        string debut = "", string fin = "", string convention = "", string programmeFse = "", string operationFse = "") =>
    [
        .. new (string Nom, string Valeur)[]
        {
            ("Financeur", financeur), ("Vote", vote), ("Engage", engage), ("Paye", paye), ("Annee", annee), ("Debut", debut), ("Fin", fin),
            ("Convention", convention), ("ProgrammeFse", programmeFse), ("OperationFse", operationFse),
        }.Where(c => c.Valeur.Length > 0).Select(c => new KeyValuePair<string, string>($"Formulaire.{c.Nom}", c.Valeur)),
    ];

    /// <summary>Posts the form; returns the error the page shows, or null when the line was saved.</summary>
    public static async Task<string?> AjouterAsync(Navigateur navigateur, int action, params KeyValuePair<string, string>[] champs)
    {
        var reponse = await navigateur.SoumettreAsync(Url(action), [new("Formulaire.Version", "0"), .. champs]);
        if (reponse.StatusCode == HttpStatusCode.Redirect) return null;
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        return (await Navigateur.DocumentAsync(reponse)).QuerySelector("#erreur-financement")?.TextContent.Trim() ?? "(aucun message)";
    }

    public static Task<List<FinancementAction>> LignesAsync(Application app, int action) =>
        app.DansDepartementAsync("49", db => db.Set<FinancementAction>().AsNoTracking().Where(l => l.ActionInsertionId == action).ToListAsync());

    /// <summary>A new person of the référent's caseload prescribed to the action, accepted and entered today by the operator; returns the prescription.</summary>
    public static async Task<(int Prescription, int Personne)> ParticipantEntreAsync(Application app, int action)
    {
        var p = await SortiesDeTest.AccompagneeAsync(app);
        using (var referent = await Navigateur.ConnecteAsync(app, "referent@49"))
            Assert.Null(await PrescrireAsync(referent, p.PersonneId, action));
        var id = (await DerniereAsync(app, p.PersonneId)).Id;
        using var operateur = await Navigateur.ConnecteAsync(app, "operateur@49");
        Assert.Contains("acceptée", await AgirAsync(app, operateur, id, "Repondre", Champ("acte", "Accepter")), StringComparison.Ordinal);
        Assert.Contains("Entrée enregistrée", await AgirAsync(app, operateur, id, "Entrer"), StringComparison.Ordinal);
        return (id, p.PersonneId);
    }

    public static string Annee => HeureDeTest.Aujourdhui.Year.ToString(CultureInfo.InvariantCulture);
}
