using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Passerelle.Web.Features.Envois;

/// <summary>Hands a plain-text e-mail to the département's SMTP server.</summary>
public sealed class EnvoiEmail(ConfigurationEnvois configuration, ILogger<EnvoiEmail> journal)
{
    public async Task<Remise> EnvoyerAsync(string codeDepartement, string nomExpediteur, string destinataire, string objet, string corps, CancellationToken ct)
    {
        var adresse = AdresseEmail.Verifier(destinataire);
        if (!adresse.EstValide) return Remise.Echec(adresse.Erreur!);
        var smtp = configuration.Smtp(codeDepartement);
        if (string.IsNullOrWhiteSpace(smtp.Hote) || string.IsNullOrWhiteSpace(smtp.Expediteur))
            return Remise.Echec("L'envoi d'e-mails n'est pas configuré pour ce département (serveur ou expéditeur manquant).");
        if (!Enum.TryParse<SecureSocketOptions>(smtp.Securite switch { "Aucune" => "None", "Ssl" => "SslOnConnect", "StartTls" => "StartTls", var s => s }, true, out var securite))
            return Remise.Echec($"La sécurité SMTP « {smtp.Securite} » est inconnue : attendu Aucune, StartTls, Ssl ou Auto.");

        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(nomExpediteur, smtp.Expediteur));
        message.To.Add(MailboxAddress.Parse(adresse.Valeur!));
        message.Subject = objet;
        message.Body = new TextPart("plain") { Text = corps };
        try
        {
            using var client = new SmtpClient();
            await client.ConnectAsync(smtp.Hote, smtp.Port, securite, ct);
            if (!string.IsNullOrEmpty(smtp.Utilisateur)) await client.AuthenticateAsync(smtp.Utilisateur, smtp.MotDePasse ?? "", ct);
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
            return Remise.Ok;
        }
        catch (SmtpCommandException e) when (e.ErrorCode == SmtpErrorCode.RecipientNotAccepted)
        {
            journal.LogWarning("Destinataire refusé par le serveur SMTP : {Statut}", e.StatusCode);
            return new Remise($"Le serveur de messagerie a refusé l'adresse ({(int)e.StatusCode}) : {e.Message}", AdresseRefusee: true);
        }
        catch (SmtpCommandException e)
        {
            journal.LogWarning("Message refusé par le serveur SMTP : {Statut}", e.StatusCode);
            return Remise.Echec($"Le serveur de messagerie a refusé le message ({(int)e.StatusCode}) : {e.Message}");
        }
        catch (AuthenticationException)
        {
            return Remise.Echec("Le serveur de messagerie a refusé l'identifiant ou le mot de passe configurés.");
        }
        catch (Exception e) when (e is SocketException or IOException or ProtocolException or SslHandshakeException)
        {
            journal.LogWarning(e, "Serveur SMTP {Hote}:{Port} injoignable", smtp.Hote, smtp.Port);
            return Remise.Echec($"Le serveur de messagerie {smtp.Hote}:{smtp.Port} est injoignable.");
        }
    }
}
