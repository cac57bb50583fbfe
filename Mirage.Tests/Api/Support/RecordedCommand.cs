namespace Mirage.Tests.Api.Support;

/// <summary>A query as the application sent it: its SQL and its parameters' values.</summary>
public sealed record RecordedCommand(string Sql, IReadOnlyList<KeyValuePair<string, object?>> Parameters);
