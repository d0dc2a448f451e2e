using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Envois;
using Passerelle.Tests.Features.Orientation;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Coordonnees;

namespace Passerelle.Tests.Features.Coordonnees;

/// <summary>Contact details recorded as an agent does on the person page, and the personal link read back from the messages.</summary>
internal static partial class CoordonneesDeTest
{
    public static KeyValuePair<string, string> Champ(string nom, object? valeur) => new(nom, Convert.ToString(valeur, CultureInfo.InvariantCulture) ?? "");

    public static string Mobile() => "06" + Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);

    public static string Email(string prefixe = "personne") => $"{prefixe}-{Guid.NewGuid():N}@exemple.fr";

    public static string E164(string mobile) => "+33" + mobile[1..];

    /// <returns>The message the person page shows after the post.</returns>
    public static async Task<string> EnregistrerAsync(Navigateur agent, Application app, int personneId, string? telephone, string? email,
        bool sms = true, bool courriel = true, string? recueil = "Entretien", string? telephone2 = null)
    {
        var version = await app.DansDepartementAsync("49", db => db.Set<CoordonneesPersonne>().Where(c => c.PersonneId == personneId).Select(c => c.Version).FirstOrDefaultAsync());
        var champs = new List<KeyValuePair<string, string>>
        {
            Champ("Version", version), Champ("Telephone", telephone), Champ("Telephone2", telephone2), Champ("Email", email), Champ("Recueil", recueil),
        };
        if (sms) champs.Add(Champ("ConsentementSms", "true"));
        if (courriel) champs.Add(Champ("ConsentementEmail", "true"));
        var reponse = await agent.SoumettreAsync($"/personnes/{personneId}", champs, $"/personnes/{personneId}/coordonnees?handler=Modifier");
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        return await MessageAsync(agent, personneId);
    }

    public static async Task<string> MessageAsync(Navigateur agent, int personneId) =>
        (await agent.PageAsync($"/personnes/{personneId}")).QuerySelector("[role=status], [role=alert]")?.TextContent.Trim() ?? "";

    /// <summary>Records the person's agreement to SMS and e-mail, as a test that writes their address directly needs for anything to be sent.</summary>
    public static Task ConsentirAsync(Application app, int personneId) =>
        app.DansDepartementAsync("49", async db =>
        {
            var accord = () => new Consentement { Donne = true, Le = HeureDeTest.MaintenantUtc, Par = "test", Recueil = RecueilConsentement.Entretien };
            db.Add(new CoordonneesPersonne { PersonneId = personneId, Version = 1, ConsentementSms = accord(), ConsentementEmail = accord() });
            await db.SaveChangesAsync();
        });

    /// <summary>Invites the person from their page, as an agent does.</summary>
    public static async Task<string> InviterAsync(Navigateur agent, Application app, PersonneSuivie p)
    {
        var version = (await ParcoursDeTest.LireAsync(app, p.ParcoursId)).Version;
        var reponse = await agent.SoumettreAsync($"/personnes/{p.PersonneId}", [Champ("Version", version)], ActionsPagePersonne.Url(p.PersonneId, "Inviter"));
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        return await MessageAsync(agent, p.PersonneId);
    }

    /// <summary>The path of the latest booking link e-mailed to the address.</summary>
    public static string LienRecu(EnvoisDeTest envois, string email) =>
        Lien().Matches(envois.Smtp.RecusPour(email).Select(m => m.TextBody).LastOrDefault(t => Lien().IsMatch(t ?? "")) ?? "").Select(m => m.Value).LastOrDefault()
        ?? throw new InvalidOperationException("Aucun lien de réservation reçu par e-mail.");

    public static IReadOnlyList<string> SmsRecus(EnvoisDeTest envois, string mobile) =>
        envois.Sms.Recues.Where(r => r.Corps.GetProperty("to").GetString() == E164(mobile)).Select(r => r.Corps.GetProperty("text").GetString() ?? "").ToList();

    [GeneratedRegex("/rdv/[A-Za-z0-9_-]{43}")]
    public static partial Regex Lien();
}
