using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Support;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Envois;

namespace Passerelle.Tests.Features.Envois;

/// <summary>
/// The application wired to a real SMTP server and a stand-in SMS provider, both in-process on free
/// ports: the servers start first so their addresses can go into the application's settings.
/// </summary>
public sealed class EnvoisDeTest : IAsyncLifetime
{
    public const string ExpediteurCommun = "insertion@passerelle.test";
    public const string Expediteur37 = "insertion@37.passerelle.test";
    public const string JetonSms = "jeton-secret-49";

    public ServeurSmtpDeTest Smtp { get; } = new();
    public ServeurSmsDeTest Sms { get; } = new();
    public Application App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Sms.DemarrerAsync();
        App = new ApplicationEnvois(Smtp.Port, Sms.Url);
        await App.InitializeAsync();
    }

    /// <summary>Runs work with the services of one scope, as the given département (no signed-in user).</summary>
    public async Task<T> DansDepartementAsync<T>(string code, Func<IServiceProvider, AppDbContext, Task<T>> travail)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await db.Departements.Where(d => d.Code == code).Select(d => d.Id).SingleAsync();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Utiliser(id);
        return await travail(scope.ServiceProvider, db);
    }

    public Task<ResultatEnvoi> EnvoyerAsync(string departement, int personneId, CanalEnvoi canal, string cle,
        IReadOnlyDictionary<string, string>? champs = null, string modele = ModelesParDefaut.Convocation) =>
        DansDepartementAsync(departement, async (services, db) =>
        {
            var personne = await db.Personnes.SingleAsync(p => p.Id == personneId);
            return await services.GetRequiredService<ServiceEnvois>().EnvoyerAsync(personne, canal, modele, champs ?? ChampsRdv, cle);
        });

    public static readonly IReadOnlyDictionary<string, string> ChampsRdv = new Dictionary<string, string>
    {
        [ChampsFusion.DateRdv] = "3 décembre 2026",
        [ChampsFusion.HeureRdv] = "14 h 00",
        [ChampsFusion.LieuRdv] = "Maison des solidarités, 2 rue Plantagenêt, Angers",
        [ChampsFusion.TypeRdv] = "entretien d'orientation",
        [ChampsFusion.Structure] = "la Maison des solidarités",
        [ChampsFusion.DateLimite] = "1 décembre 2026",
        [ChampsFusion.Adresse] = "5 rue du Port",
        [ChampsFusion.CodePostalVille] = "49100 Angers",
    };

    /// <summary>A person of the département made for one test, with the contact details it needs.</summary>
    public Task<int> CreerPersonneAsync(string departement, string? email = null, string? telephone = null, string nom = "ESSAI") =>
        DansDepartementAsync(departement, async (_, db) =>
        {
            var personne = new Personne
            {
                Civilite = "MME",
                Nom = nom,
                NomNaissance = nom,
                Prenoms = "Camille Louise",
                Sexe = "2",
                DateNaissance = new DateOnly(1988, 4, 12),
                CleIdentite = $"{nom} CAMILLE {Guid.NewGuid():N}",
                Email = email,
                Telephone = telephone,
            };
            db.Personnes.Add(personne);
            await db.SaveChangesAsync();
            return personne.Id;
        });

    public Task<List<Envoi>> JournalAsync(string departement, int personneId) =>
        DansDepartementAsync(departement, (_, db) => db.Set<Envoi>().AsNoTracking().Where(e => e.PersonneId == personneId).OrderBy(e => e.Id).ToListAsync());

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)App).DisposeAsync();
        await Smtp.DisposeAsync();
        await Sms.DisposeAsync();
    }

    private sealed class ApplicationEnvois(int portSmtp, string urlSms) : Application
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Envois:Smtp:Hote", "127.0.0.1");
            builder.UseSetting("Envois:Smtp:Port", portSmtp.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Envois:Smtp:Securite", "Aucune");
            builder.UseSetting("Envois:Smtp:Expediteur", ExpediteurCommun);
            builder.UseSetting("Envois:Departements:37:Smtp:Expediteur", Expediteur37);
            builder.UseSetting("Envois:Departements:49:Sms:Url", urlSms);
            builder.UseSetting("Envois:Departements:49:Sms:Jeton", JetonSms);
            builder.UseSetting("Envois:Departements:49:Sms:Emetteur", "CD49");
        }
    }
}
