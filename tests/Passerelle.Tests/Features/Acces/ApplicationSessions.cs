using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OtpNet;
using Passerelle.Tests.Features.Envois;
using Passerelle.Tests.Support;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Demo;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Acces;

/// <summary>
/// The application on a clock the tests move (a fake one, starting now), wired to a real SMTP server, behind a
/// reverse proxy at 127.0.0.1: each request comes from the address in <see cref="EnteteAdresse"/> (127.0.0.1 by
/// default, as Kestrel would give), and the proxy's X-Forwarded-For is believed from 127.0.0.1 only.
/// </summary>
public sealed class ApplicationSessions : Application
{
    public const string EnteteAdresse = "X-Test-Adresse-Distante";
    public const string AdressePublique = "https://passerelle.departement.test";

    public FakeTimeProvider Horloge { get; } = new(new DateTimeOffset(HeureDeTest.MaintenantUtc));
    public ServeurSmtpDeTest Smtp { get; } = new();
    private int smtpArrete;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Envois:Smtp:Hote", "127.0.0.1");
        builder.UseSetting("Envois:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Envois:Smtp:Securite", "Aucune");
        builder.UseSetting("Envois:Smtp:Expediteur", "ne-pas-repondre@passerelle.test");
        builder.UseSetting("Connexion:AdressePublique", AdressePublique);
        builder.UseSetting("ProxyInverse:Proxies:0", "127.0.0.1");
        builder.ConfigureServices(s =>
        {
            s.AddSingleton<TimeProvider>(Horloge);
            s.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, AdresseDistante>();
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // The factory's asynchronous and synchronous disposals both come here: the server stops once.
        if (disposing && Interlocked.Exchange(ref smtpArrete, 1) == 0) Smtp.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>A Lecteur of 49 made for one test, optionally with an authenticator key and the second factor on.</summary>
    public async Task<(string Email, string Id)> CreerCompteAsync(string prefixe, string? cleTotp = null)
    {
        var email = $"{prefixe}-{Guid.NewGuid():N}@49.passerelle.test";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var departement = await db.Departements.SingleAsync(d => d.Code == "49");
        scope.ServiceProvider.GetRequiredService<Passerelle.Web.Features.Acces.TenantContext>().Utiliser(departement.Id);
        var user = new Utilisateur { Prenom = "Test", Nom = prefixe, DepartementId = departement.Id, Email = email, UserName = email };
        user.Habilitations.Add(new Habilitation { UtilisateurId = user.Id, Role = Role.Lecteur });
        var resultat = await users.CreateAsync(user, DonneesDemo.MotDePasse);
        Assert.True(resultat.Succeeded, string.Join(", ", resultat.Errors.Select(e => e.Description)));
        if (cleTotp is not null)
        {
            await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", cleTotp);
            await users.SetTwoFactorEnabledAsync(user, true);
        }
        return (email, user.Id);
    }

    public async Task<Utilisateur> CompteAsync(string id)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == id);
    }

    /// <summary>The code the authenticator app shows at the fake clock's time.</summary>
    public string Code(string cle) => new Totp(Base32Encoding.ToBytes(cle)).ComputeTotp(Horloge.GetUtcNow().UtcDateTime);

    public Navigateur Navigateur(string? adresse = null)
    {
        var navigateur = Support.Navigateur.Anonyme(this);
        if (adresse is not null) navigateur.Client.DefaultRequestHeaders.Add("X-Forwarded-For", adresse);
        return navigateur;
    }

    public static Task<HttpResponseMessage> ConnecterAsync(Navigateur navigateur, string email, string motDePasse = DonneesDemo.MotDePasse) =>
        navigateur.SoumettreAsync("/connexion", new Dictionary<string, string> { ["Saisie.Email"] = email, ["Saisie.MotDePasse"] = motDePasse });

    /// <summary>The e-mail the SMTP server received for this address, waited for (it leaves in the background).</summary>
    public async Task<string> LienRecuAsync(string email, int deja = 0)
    {
        for (var i = 0; i < 200 && Smtp.RecusPour(email).Count <= deja; i++)
            await Task.Delay(50);
        var message = Assert.Single(Smtp.RecusPour(email).Skip(deja));
        var lien = Regex.Match(message.TextBody ?? "", @"https://\S+").Value;
        Assert.StartsWith(AdressePublique + "/connexion/nouveau-mot-de-passe?jeton=", lien, StringComparison.Ordinal);
        return lien[AdressePublique.Length..];
    }

    private sealed class AdresseDistante : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((contexte, suite) =>
            {
                contexte.Connection.RemoteIpAddress = IPAddress.Parse(contexte.Request.Headers[EnteteAdresse].FirstOrDefault() ?? "127.0.0.1");
                return suite(contexte);
            });
            next(app);
        };
    }
}
