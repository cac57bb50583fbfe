namespace Mirage.Tests.Api.Observability;

/// <summary>One log line as <see cref="RecordingLoggerProvider"/> kept it.</summary>
public sealed record LogLine(
    string Category, string Message, IReadOnlyList<KeyValuePair<string, string>> Values, IReadOnlyList<KeyValuePair<string, string>> Scopes, string? Exception)
{
    /// <summary>Everything the line carries, as one text to search.</summary>
    public string Text => string.Join(
        "\n", new[] { Category, Message, Exception ?? string.Empty }.Concat(Values.Concat(Scopes).Select(pair => $"{pair.Key}={pair.Value}")));

    public string? Scope(string key) => Scopes.LastOrDefault(pair => pair.Key == key).Value;
}
