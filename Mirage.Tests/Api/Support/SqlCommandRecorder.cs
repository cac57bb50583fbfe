using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mirage.Tests.Api.Support;

/// <summary>
/// Keeps every command the application sends through EF Core, with its parameter values (to be explained or
/// counted afterwards), and counts the connections it opens. <c>DirectRead</c> and <c>DirectWrite</c> statements
/// pass it by (<c>DirectReadCommand</c> turns a read into a recorded command).
/// </summary>
public sealed class SqlCommandRecorder : BeforeEachCommand, IDbConnectionInterceptor
{
    private readonly ConcurrentQueue<RecordedCommand> _commands = new();
    private int _connectionOpens;

    public IReadOnlyList<RecordedCommand> Commands => [.. _commands];

    public int ConnectionOpens => Volatile.Read(ref _connectionOpens);

    public void Clear() => _commands.Clear();

    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref _connectionOpens);

    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _connectionOpens);
        return Task.CompletedTask;
    }

    protected override ValueTask BeforeAsync(DbCommand command, CancellationToken cancellationToken)
    {
        _commands.Enqueue(new RecordedCommand(
            command.CommandText,
            command.Parameters.Cast<DbParameter>().Select(p => new KeyValuePair<string, object?>(p.ParameterName, p.Value)).ToList()));
        return ValueTask.CompletedTask;
    }
}
