using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Passerelle.Web.Features.Envois;

/// <summary>
/// Posts a text to the département's SMS provider: JSON <c>{to, from, text}</c> with a Bearer token.
/// Any answer other than 2xx is a failure carrying the provider's own message.
/// </summary>
public sealed class EnvoiSms(ConfigurationEnvois configuration, IHttpClientFactory clients, ILogger<EnvoiSms> journal)
{
    public const string Client = "envois-sms";
    private const int LongueurMessageFournisseur = 300;
    private static readonly string[] ClesMessage = ["message", "error", "detail", "title"];

    private sealed record DemandeSms(string To, string From, string Text);

    public async Task<Remise> EnvoyerAsync(string codeDepartement, string telephone, string texte, CancellationToken ct)
    {
        var numero = NumeroMobile.Verifier(telephone);
        if (!numero.EstValide) return Remise.Echec(numero.Erreur!);
        var sms = configuration.Sms(codeDepartement);
        if (!Uri.TryCreate(sms.Url, UriKind.Absolute, out var url) || string.IsNullOrWhiteSpace(sms.Jeton))
            return Remise.Echec("L'envoi de SMS n'est pas configuré pour ce département (adresse du fournisseur ou jeton manquant).");

        using var requete = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(new DemandeSms(numero.Valeur!, sms.Emetteur ?? "", texte), options: JsonSerializerOptions.Web),
        };
        requete.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sms.Jeton);
        try
        {
            using var reponse = await clients.CreateClient(Client).SendAsync(requete, ct);
            if (reponse.IsSuccessStatusCode) return Remise.Ok;
            var message = MessageFournisseur(await reponse.Content.ReadAsStringAsync(ct));
            journal.LogWarning("SMS refusé par le fournisseur : HTTP {Statut}", (int)reponse.StatusCode);
            return Remise.Echec($"Le fournisseur de SMS a refusé l'envoi (HTTP {(int)reponse.StatusCode}){(message.Length > 0 ? " : " + message : ".")}");
        }
        catch (HttpRequestException e)
        {
            journal.LogWarning(e, "Fournisseur de SMS injoignable");
            return Remise.Echec("Le fournisseur de SMS est injoignable.");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return Remise.Echec("Le fournisseur de SMS n'a pas répondu à temps.");
        }
    }

    /// <summary>The provider's "message" or "error" when it answers JSON, else its text, cut short.</summary>
    private static string MessageFournisseur(string corps)
    {
        var texte = corps.Trim();
        try
        {
            using var json = JsonDocument.Parse(texte);
            if (json.RootElement.ValueKind == JsonValueKind.Object
                && ClesMessage.Select(cle => json.RootElement.TryGetProperty(cle, out var v) ? v : default)
                    .FirstOrDefault(v => v.ValueKind == JsonValueKind.String) is { ValueKind: JsonValueKind.String } trouve)
                texte = trouve.GetString()!.Trim();
        }
        catch (JsonException)
        {
            // Not JSON: the raw text is the message.
        }
        return texte.Length > LongueurMessageFournisseur ? texte[..LongueurMessageFournisseur] + "…" : texte;
    }
}
