using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Passerelle.Tests.Features.Erreurs;

/// <summary>Keeps every formatted log line of an application, so that a test can read what was logged.</summary>
public sealed class JournalCapture : ILoggerProvider
{
    public ConcurrentQueue<string> Lignes { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Enregistreur(Lignes);

    public void Dispose()
    {
    }

    private sealed class Enregistreur(ConcurrentQueue<string> lignes) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) lignes.Enqueue($"{logLevel}: {formatter(state, exception)}");
        }
    }
}
