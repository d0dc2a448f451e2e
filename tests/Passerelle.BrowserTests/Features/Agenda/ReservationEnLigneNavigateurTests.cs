using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using Passerelle.Tests.Features.Envois;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Demo;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Platform;

namespace Passerelle.BrowserTests.Features.Agenda;

/// <summary>
/// The whole walk of an invitation a person answers, against a real SMTP server and the SMS stand-in: an
/// agent records a mobile and an e-mail with consent and invites; the link read from the e-mail opens in a
/// fresh context; the person confirms the birth date and books; the reminder job at J-2 sends the SMS.
/// </summary>
[Collection(EnvironnementNavigateur.Collection)]
public sealed class ReservationEnLigneNavigateurTests(EnvironnementNavigateur environnement)
{
    [Fact]
    public async Task Agent_invite_par_sms_et_email_la_personne_reserve_par_le_lien_et_recoit_le_rappel_a_j_moins_2()
    {
        await using var smtp = new ServeurSmtpDeTest();
        await using var sms = new ServeurSmsDeTest();
        await sms.DemarrerAsync();
        var app = new ApplicationEnvois(smtp.Port, sms.Url);
        try
        {
            await app.InitializeAsync();
            await MarcherAsync(app, smtp, sms);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    private async Task MarcherAsync(ApplicationEnvois app, ServeurSmtpDeTest smtp, ServeurSmsDeTest sms)
    {
        var (personneId, naissance, creneauId, jour) = await PreparerAsync(app);
        var (mobile, email) = ("06 39 98 " + Random.Shared.Next(10, 99) + " 11", $"resa-{Guid.NewGuid():N}@exemple.fr");

        await using var agent = await environnement.Navigateur.NewContextAsync(new() { BaseURL = app.Adresse.ToString(), Locale = "fr-FR" });
        var page = await agent.NewPageAsync();
        await page.GotoAsync("/connexion");
        await page.GetByLabel("Adresse électronique").FillAsync("agent@49.passerelle.test");
        await page.GetByLabel("Mot de passe").FillAsync(DonneesDemo.MotDePasse);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal));
        await page.GotoAsync($"/personnes/{personneId}");
        await page.Locator("#coordonnees summary").ClickAsync();
        await Support.Accessibilite.VerifierAsync(page);
        await page.GetByLabel("Téléphone mobile").FillAsync(mobile);
        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByLabel("Accepte de recevoir des SMS").SetCheckedAsync(true, new() { Force = true });
        await page.GetByLabel("Accepte de recevoir des e-mails").SetCheckedAsync(true, new() { Force = true });
        await page.GetByLabel("Accord recueilli").SelectOptionAsync("Entretien");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les coordonnées" }).ClickAsync();
        await Assertions.Expect(page.Locator("#coord-telephone")).ToContainTextAsync("Reçoit les SMS");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inviter à un entretien d'orientation" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("SMS envoyé");

        var lien = System.Text.RegularExpressions.Regex.Match(smtp.RecusPour(email).Single().TextBody ?? "", "/rdv/[A-Za-z0-9_-]{43}").Value;
        Assert.Contains(sms.Recues, r => r.Corps.GetProperty("text").GetString()!.Contains(lien, StringComparison.Ordinal));

        await using var personne = await environnement.Navigateur.NewContextAsync(new() { BaseURL = app.Adresse.ToString(), Locale = "fr-FR" });
        var publique = await personne.NewPageAsync();
        await publique.GotoAsync(lien);
        await Support.Accessibilite.VerifierAsync(publique);
        await publique.GetByLabel("Date de naissance").FillAsync(naissance.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await publique.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await publique.Locator($"label[for=creneau-{creneauId}]").ClickAsync();
        await Support.Accessibilite.VerifierAsync(publique);
        await publique.GetByLabel("Par SMS").CheckAsync(new() { Force = true });
        await publique.GetByRole(AriaRole.Button, new() { Name = "Réserver ce créneau" }).ClickAsync();
        await Assertions.Expect(publique.Locator("#rendez-vous-reserve")).ToBeVisibleAsync();
        await Support.Accessibilite.VerifierAsync(publique);

        var avant = sms.Recues.Count;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            services.GetRequiredService<Passerelle.Web.Features.Acces.TenantContext>().Utiliser(await DepartementAsync(services));
            var horloge = new FakeTimeProvider(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(jour.AddDays(-2).ToDateTime(new TimeOnly(8, 0)), FuseauxDepartements.Paris), TimeSpan.Zero));
            await ActivatorUtilities.CreateInstance<ServiceRappels>(services, ActivatorUtilities.CreateInstance<HeureLegale>(services, horloge)).ExecuterAsync(CancellationToken.None);
        }
        Assert.Contains(sms.Recues.Skip(avant), r => r.Corps.GetProperty("to").GetString() == "+33" + mobile.Replace(" ", "", StringComparison.Ordinal)[1..]
            && r.Corps.GetProperty("text").GetString()!.Contains("rappel", StringComparison.OrdinalIgnoreCase));
    }

    private static Task<int> DepartementAsync(IServiceProvider services) =>
        services.GetRequiredService<Passerelle.Web.Data.AppDbContext>().Departements.Where(d => d.Code == "49").Select(d => d.Id).SingleAsync();

    /// <summary>A demo person still to invite and a free slot four days ahead in a structure of their territoire.</summary>
    private static Task<(int PersonneId, DateOnly Naissance, int CreneauId, DateOnly Jour)> PreparerAsync(ApplicationEnvois app) =>
        app.DansDepartementAsync("49", async db =>
        {
            var p = await db.Set<Parcours>().Where(x => x.DateCloture == null && x.Etape == EtapeParcours.AInviter)
                .OrderBy(x => x.Id).Select(x => new { x.PersonneId, x.Personne!.DateNaissance, x.TerritoireId }).FirstAsync();
            var structure = await db.Set<StructureTerritoire>().Where(t => p.TerritoireId == null || t.TerritoireId == p.TerritoireId).Select(t => t.StructureId).FirstAsync();
            var jour = HeureDeTest.Aujourdhui.AddDays(4);
            var creneau = new Creneau
            {
                StructureId = structure,
                Type = TypeRendezVous.EntretienOrientation,
                Lieu = "Maison des solidarités, salle 2",
                Capacite = 1,
                Debut = TimeZoneInfo.ConvertTimeToUtc(jour.ToDateTime(new TimeOnly(9, 30)), FuseauxDepartements.Paris)
            };
            db.Add(creneau);
            await db.SaveChangesAsync();
            return (p.PersonneId, p.DateNaissance, creneau.Id, jour);
        });

    /// <summary>The test application served by Kestrel, with the SMTP server and the SMS stand-in in its settings.</summary>
    private sealed class ApplicationEnvois : Application
    {
        private readonly int portSmtp;
        private readonly string urlSms;

        public ApplicationEnvois(int portSmtp, string urlSms)
        {
            (this.portSmtp, this.urlSms) = (portSmtp, urlSms);
            UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        }

        public Uri Adresse => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Envois:Smtp:Hote", "127.0.0.1");
            builder.UseSetting("Envois:Smtp:Port", portSmtp.ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("Envois:Smtp:Securite", "Aucune");
            builder.UseSetting("Envois:Smtp:Expediteur", "insertion@passerelle.test");
            builder.UseSetting("Envois:Departements:49:Sms:Url", urlSms);
            builder.UseSetting("Envois:Departements:49:Sms:Jeton", "jeton-navigateur");
            builder.UseSetting("Envois:Departements:49:Sms:Emetteur", "CD49");
        }
    }
}
