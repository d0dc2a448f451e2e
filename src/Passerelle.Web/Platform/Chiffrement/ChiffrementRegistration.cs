using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Passerelle.Web.Platform.Chiffrement;

public static class ChiffrementRegistration
{
    /// <summary>
    /// Reads the keys (a key file named by <c>Chiffrement:FichierCles</c> joins the configuration), and encrypts the
    /// Data Protection key ring with them. Missing or malformed keys stop start-up (see <see cref="ClesChiffrement.Lire"/>).
    /// </summary>
    public static void AddChiffrement(this WebApplicationBuilder builder)
    {
        if (builder.Configuration["Chiffrement:FichierCles"] is { Length: > 0 } fichier) builder.Configuration.AddJsonFile(fichier, optional: false);
        builder.Services.AddSingleton(sp => ClesChiffrement.Lire(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>(),
            sp.GetRequiredService<ILogger<ClesChiffrement>>()));
        builder.Services.AddSingleton<ChiffrementDonnees>();
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>, ConfigurationAnneau>();
    }
}
