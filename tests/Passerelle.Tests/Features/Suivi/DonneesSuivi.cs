using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Portefeuille;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Structures;

namespace Passerelle.Tests.Features.Suivi;

/// <summary>A followed person, their référent and a France Travail adviser of another structure, all owned by the test.</summary>
internal sealed record SuiviDeTest(Compte Referent, Compte Conseiller, int PersonneId);

internal static class DonneesSuivi
{
    public static KeyValuePair<string, string> Champ(string nom, object valeur) => new(nom, Convert.ToString(valeur, CultureInfo.InvariantCulture)!);

    public static string Jour(DateOnly jour) => jour.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<SuiviDeTest> CreerAsync(Application app)
    {
        var ccas = await DonneesPortefeuille.CompteAsync(app, "referent@49");
        var referent = await DonneesPortefeuille.NouveauReferentAsync(app, ccas.StructureId);
        var agence = await app.DansDepartementAsync("49", db => db.Structures.Where(s => s.Type == TypeStructure.AgenceFranceTravail && s.Actif).Select(s => s.Id).FirstAsync());
        var conseiller = await DonneesPortefeuille.NouveauReferentAsync(app, agence);
        var suivie = await DonneesPortefeuille.SuivieAsync(app, referent, echeance: null);
        return new(referent, conseiller, suivie.PersonneId);
    }

    /// <summary>Posts one action of the follow-up section and returns the message the person page shows after it.</summary>
    public static async Task<string> AgirAsync(Navigateur navigateur, int personneId, string handler, params KeyValuePair<string, string>[] champs)
    {
        var reponse = await navigateur.SoumettreAsync($"/personnes/{personneId}", champs, $"/personnes/{personneId}/suivi?handler={handler}");
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        return (await navigateur.PageAsync($"/personnes/{personneId}")).QuerySelector(".fr-alert")?.TextContent.Trim() ?? "";
    }

    public static Task<string> InviterAsync(Navigateur navigateur, SuiviDeTest suivi, DateOnly fin) =>
        AgirAsync(navigateur, suivi.PersonneId, "Inviter", Champ("Email", suivi.Conseiller.Login), Champ("Fonction", "Conseiller France Travail"), Champ("DateFin", Jour(fin)));

    public static Task<string> ConsentirAsync(Navigateur navigateur, int personneId) =>
        AgirAsync(navigateur, personneId, "Consentement", Champ("Date", Jour(HeureDeTest.Aujourdhui)), Champ("Mode", "Ecrit"));
}
