using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Passerelle.Tests.Features.Envois;

/// <summary>
/// A stand-in SMS provider: Kestrel on a free loopback port that records each request (JSON body and
/// Authorization header) and answers 200, or the status and body a test queued beforehand.
/// </summary>
public sealed class ServeurSmsDeTest : IAsyncDisposable
{
    public sealed record Requete(string? Autorisation, JsonElement Corps);

    private WebApplication? serveur;

    public ConcurrentQueue<Requete> Recues { get; } = new();
    public ConcurrentQueue<(int Statut, string Corps)> ReponsesAVenir { get; } = new();
    public string Url { get; private set; } = "";

    public async Task DemarrerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        serveur = builder.Build();
        serveur.MapPost("/sms", async (HttpContext contexte) =>
        {
            using var json = await JsonDocument.ParseAsync(contexte.Request.Body);
            Recues.Enqueue(new Requete(contexte.Request.Headers.Authorization.ToString(), json.RootElement.Clone()));
            var (statut, corps) = ReponsesAVenir.TryDequeue(out var r) ? r : (200, """{"id":"ok"}""");
            contexte.Response.StatusCode = statut;
            contexte.Response.ContentType = "application/json";
            await contexte.Response.WriteAsync(corps);
        });
        await serveur.StartAsync();
        var adresse = serveur.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Url = $"{adresse}/sms";
    }

    public IReadOnlyList<Requete> RecuesPour(string numero) =>
        Recues.Where(r => r.Corps.GetProperty("to").GetString() == numero).ToList();

    public async ValueTask DisposeAsync()
    {
        if (serveur is not null) await serveur.DisposeAsync();
    }
}
