using System.Threading.Channels;
using Passerelle.Web.Features.Envois;

namespace Passerelle.Web.Features.Acces.Sessions;

public sealed record LienReinitialisation(string CodeDepartement, string Email, string Lien, int DureeMinutes);

/// <summary>
/// The reset e-mails wait here and leave in the background: the page answers in the same time whether the
/// address is an account's or not, so its timing tells nothing (a send to the SMTP server takes far longer).
/// </summary>
public sealed class FileLiensReinitialisation
{
    private readonly Channel<LienReinitialisation> file = Channel.CreateBounded<LienReinitialisation>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });

    public void Ajouter(LienReinitialisation lien) => file.Writer.TryWrite(lien);

    public IAsyncEnumerable<LienReinitialisation> LireAsync(CancellationToken ct) => file.Reader.ReadAllAsync(ct);
}

internal sealed class EnvoiLienReinitialisation(FileLiensReinitialisation file, IServiceScopeFactory scopes, ILogger<EnvoiLienReinitialisation> journal) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var lien in file.LireAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            var corps = $"""
                Bonjour,

                Une demande de nouveau mot de passe a été faite pour votre compte Passerelle.
                Pour choisir un nouveau mot de passe, ouvrez ce lien dans les {lien.DureeMinutes} minutes (il ne sert qu'une fois) :

                {lien.Lien}

                Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.
                """;
            var remise = await scope.ServiceProvider.GetRequiredService<EnvoiEmail>()
                .EnvoyerAsync(lien.CodeDepartement, "Passerelle", lien.Email, "Passerelle : choisir un nouveau mot de passe", corps, stoppingToken);
            if (!remise.Reussie)
                journal.LogWarning("Lien de réinitialisation non remis (département {Departement}) : {Erreur}", lien.CodeDepartement, remise.Erreur);
        }
    }
}
