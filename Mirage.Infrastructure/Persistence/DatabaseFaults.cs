using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Mirage.Infrastructure.Persistence;

/// <summary>
/// Tells an outage (the server down, restarting or out of connections; a SQLite file locked, read-only or
/// unreadable; a full disk; a transient failure still there when the retries' time ran out) from every other failure, looking through the wrappers EF Core adds
/// (<c>DbUpdateException</c>, <c>RetryLimitExceededException</c>).
/// </summary>
public static class DatabaseFaults
{
    // admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down), too_many_connections.
    private static readonly HashSet<string> UnavailableStates = ["57P01", "57P02", "57P03", "53300"];

    // SQLITE_BUSY, SQLITE_LOCKED (after the busy timeout), SQLITE_READONLY, SQLITE_IOERR, SQLITE_CANTOPEN.
    private static readonly HashSet<int> UnavailableSqliteCodes = [5, 6, 8, 10, 14];
    private const int SqliteFull = 13;

    public static DatabaseFault Classify(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                // A transient failure outlasted the execution strategy's retries.
                case RetryLimitExceededException:
                    return DatabaseFault.Unavailable;
                case SqliteException { SqliteErrorCode: SqliteFull }:
                    return DatabaseFault.StorageFull;
                case SqliteException sqlite when UnavailableSqliteCodes.Contains(sqlite.SqliteErrorCode):
                case PostgresException postgres when UnavailableStates.Contains(postgres.SqlState) || postgres.SqlState.StartsWith("08", StringComparison.Ordinal):
                case NpgsqlException npgsql when npgsql is not PostgresException && npgsql.IsTransient:
                    return DatabaseFault.Unavailable;
            }
        }

        return DatabaseFault.None;
    }

    /// <summary>
    /// The connection itself failed (refused, reset, or closed by a shutting-down server), so the pooled
    /// connections to that server are as dead as this one. A timeout is not: a full pool or a slow command
    /// says nothing about the other connections.
    /// </summary>
    public static bool IsConnectionFailure(Exception exception) => exception switch
    {
        PostgresException postgres => UnavailableStates.Contains(postgres.SqlState) && postgres.SqlState != "53300",
        NpgsqlException npgsql => npgsql.InnerException is IOException or System.Net.Sockets.SocketException,
        _ => false,
    };

    /// <summary>
    /// Writers collided (a deadlock, or a serialization failure): the server is up and this unit of work may
    /// simply run again. Looks through the wrappers EF Core adds.
    /// </summary>
    public static bool IsCollision(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure })
            {
                return true;
            }
        }

        return false;
    }
}
