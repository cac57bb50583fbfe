using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Mirage.Tests.Api.Observability;

/// <summary>
/// Keeps everything a log line carries, as an exporter would send it: the message, the values it was written with,
/// the scopes around it (the request's, the trace's) and its exception.
/// </summary>
public sealed class RecordingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<LogLine> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<LogLine> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private static IEnumerable<KeyValuePair<string, string>> Pairs(object? values) =>
        values is IEnumerable<KeyValuePair<string, object?>> pairs
            ? pairs.Select(pair => new KeyValuePair<string, string>(pair.Key, pair.Value?.ToString() ?? string.Empty))
            : [];

    private sealed class RecordingLogger(string category, RecordingLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<KeyValuePair<string, string>>();
            provider._scopes.ForEachScope(
                (scope, found) =>
                {
                    found.Add(new("scope", scope?.ToString() ?? string.Empty));
                    found.AddRange(Pairs(scope));
                },
                scopes);
            provider._lines.Enqueue(new LogLine(category, formatter(state, exception), [.. Pairs(state)], scopes, exception?.ToString()));
        }
    }
}
