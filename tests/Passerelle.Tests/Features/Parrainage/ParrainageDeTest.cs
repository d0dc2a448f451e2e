using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Parrainage;
using Passerelle.Web.Platform.Securite;
using ParrainageSuivi = Passerelle.Web.Features.Parrainage.Parrainage;

namespace Passerelle.Tests.Features.Parrainage;

/// <summary>A mentor created for one test (account, then profile by the chargée de relation entreprise), and a pairing proposed as the référent does it.</summary>
internal static class ParrainageDeTest
{
    public sealed record ParrainDeTest(int Id, string Email);

    public static async Task<ParrainDeTest> ParrainAsync(Application app)
    {
        var (compte, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Parrain);
        using var charge = await Navigateur.ConnecteAsync(app, "charge-entreprise@49");
        var reponse = await charge.SoumettreAsync("/parrainage/parrains/edition",
            [new("Saisie.UtilisateurId", compte), new("Saisie.Metier", "Cheffe de chantier"), new("Saisie.DateEngagement", Jour(HeureDeTest.Aujourdhui.AddMonths(-1))), new("Saisie.Actif", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var id = await app.DansDepartementAsync("49", db => db.Set<Parrain>().Where(p => p.UtilisateurId == compte).Select(p => p.Id).SingleAsync());
        return new ParrainDeTest(id, email);
    }

    public static KeyValuePair<string, string>[] Proposition(int parrainId, DateOnly? debut = null, DateOnly? fin = null, string objectifs = "Préparer les entretiens d'embauche.") =>
    [
        new("Saisie.ParrainId", parrainId.ToString(CultureInfo.InvariantCulture)),
        new("Saisie.DateDebut", Jour(debut ?? HeureDeTest.Aujourdhui)),
        new("Saisie.DateFinPrevue", Jour(fin ?? HeureDeTest.Aujourdhui.AddMonths(6))),
        new("Saisie.Objectifs", objectifs),
        new("Saisie.PartagerCommune", "true"),
        new("Saisie.MetierVise", "Maçon"),
        new("Saisie.Message", "Disponible le matin."),
    ];

    /// <summary>A person accompanied by the demo référent, proposed to a new mentor; returns the pairing.</summary>
    public static async Task<(ParrainDeTest Parrain, int PersonneId, int Id)> ProposeAsync(Application app)
    {
        var parrain = await ParrainAsync(app);
        var p = await Sorties.SortiesDeTest.AccompagneeAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        var reponse = await referent.SoumettreAsync($"/parrainage/proposer/{p.PersonneId}", Proposition(parrain.Id));
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        return (parrain, p.PersonneId, (await DernierAsync(app, p.PersonneId)).Id);
    }

    public static Task<ParrainageSuivi> DernierAsync(Application app, int personneId) =>
        app.DansDepartementAsync("49", db => db.Set<ParrainageSuivi>().AsNoTracking().Include(p => p.Rencontres).Where(p => p.PersonneId == personneId).OrderByDescending(p => p.Id).FirstAsync());

    /// <summary>Posts one form of the pairing page; returns the response.</summary>
    public static async Task<HttpResponseMessage> AgirAsync(Application app, Navigateur navigateur, int id, string handler, params KeyValuePair<string, string>[] champs)
    {
        var version = await app.DansDepartementAsync("49", db => db.Set<ParrainageSuivi>().Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
        var url = $"/parrainage/{id}";
        return await navigateur.SoumettreAsync(url, [new("version", version.ToString(CultureInfo.InvariantCulture)), .. champs], $"{url}?handler={handler}");
    }

    public static KeyValuePair<string, string> Champ(string nom, string valeur) => new(nom, valeur);

    public static string Jour(DateOnly jour) => jour.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
