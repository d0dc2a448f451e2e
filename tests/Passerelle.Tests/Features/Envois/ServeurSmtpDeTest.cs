using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Passerelle.Tests.Features.Envois;

/// <summary>
/// A real SMTP server (SmtpServer package) on a free loopback port, keeping every message it accepts; it refuses
/// the recipients whose address starts with <see cref="PrefixeInconnu"/>, as a server refuses an unknown mailbox.
/// </summary>
public sealed class ServeurSmtpDeTest : IAsyncDisposable
{
    private readonly CancellationTokenSource arret = new();
    private readonly SmtpServer.SmtpServer serveur;
    private readonly Task execution;

    public const string PrefixeInconnu = "inconnu-";

    public int Port { get; } = PortLibre();
    public ConcurrentQueue<MimeMessage> Recus { get; } = new();

    public ServeurSmtpDeTest()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var fournisseur = new SmtpServer.ComponentModel.ServiceProvider();
        fournisseur.Add(new Stockage(Recus));
        fournisseur.Add(new BoitesConnues());
        serveur = new SmtpServer.SmtpServer(options, fournisseur);
        execution = serveur.StartAsync(arret.Token);
    }

    public IReadOnlyList<MimeMessage> RecusPour(string adresse) =>
        Recus.Where(m => m.To.Mailboxes.Any(b => b.Address == adresse)).ToList();

    public static int PortLibre()
    {
        using var ecoute = new TcpListener(IPAddress.Loopback, 0);
        ecoute.Start();
        return ((IPEndPoint)ecoute.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await arret.CancelAsync();
        try { await execution; } catch (OperationCanceledException) { }
        arret.Dispose();
    }

    private sealed class BoitesConnues : MailboxFilter
    {
        public override Task<bool> CanDeliverToAsync(ISessionContext context, SmtpServer.Mail.IMailbox to, SmtpServer.Mail.IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!to.User.StartsWith(PrefixeInconnu, StringComparison.Ordinal));
    }

    private sealed class Stockage(ConcurrentQueue<MimeMessage> recus) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var flux = new MemoryStream(buffer.ToArray());
            recus.Enqueue(await MimeMessage.LoadAsync(flux, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
