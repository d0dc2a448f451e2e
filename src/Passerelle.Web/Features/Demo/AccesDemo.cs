using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Passerelle.Web.Features.Demo;

public static class AccesDemo
{
    /// <summary>Once the server listens, prints where to go and which demo logins exist.</summary>
    public static void AfficherAccesDemo(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Database:SeedDemo", false)) return;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var adresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            Console.WriteLine($"""

                Passerelle est prête : {string.Join(", ", adresses)}
                Comptes de démonstration (mot de passe commun : {DonneesDemo.MotDePasse}) :
                  admin@49.passerelle.test (administrateur, code TOTP avec la clé {DonneesDemo.CleAuthentificateur}),
                  agent@, agent-territoire@, referent@, responsable@, operateur@, pilote@, membre-ep@, charge-entreprise@, lecteur@, beneficiaire@
                  suivis de 49, 37, 72 ou 26 .passerelle.test (voir README.md).

                """);
        });
    }
}
