using Npgsql;

namespace Mirage.Infrastructure.Persistence.Postgres;

/// <summary>
/// Serialises whole migration runs between servers that start together. EF Core's own PostgreSQL migration lock
/// lasts one migration's transaction, so with two or more migrations pending two servers can interleave theirs.
/// A session advisory lock, held on its own connection from before the pending migrations are read until the
/// last one is applied, lets one server migrate while the other waits and then finds nothing pending.
/// </summary>
public sealed class PostgresMigrationLock : IAsyncDisposable
{
    /// <summary>Advisory lock keys are per database; this one is Mirage's, "MirageMg" in ASCII.</summary>
    public const long Key = 0x4D69726167654D67;

    private readonly NpgsqlConnection _connection;

    private PostgresMigrationLock(NpgsqlConnection connection) => _connection = connection;

    /// <summary>Waits until no other server is migrating the database, then holds the lock until disposed.</summary>
    public static async Task<PostgresMigrationLock> AcquireAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(PostgresOptions.WithDefaults(connectionString));
        try
        {
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, "SELECT pg_advisory_lock(@key)", cancellationToken);
            return new PostgresMigrationLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Unlocked explicitly: the pooled connection is not reset when it goes back to the pool.
            await ExecuteAsync(_connection, "SELECT pg_advisory_unlock(@key)", CancellationToken.None);
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", Key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
