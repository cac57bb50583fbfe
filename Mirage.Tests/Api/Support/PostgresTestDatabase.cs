using Mirage.Infrastructure.Persistence.Postgres;
using Npgsql;

namespace Mirage.Tests.Api.Support;

/// <summary>
/// Throwaway PostgreSQL databases for tests, on the server named by <see cref="ServerVariable"/> (a
/// connection string for a user that may create databases). <c>.ci/run</c> starts such a server and
/// sets it; without it the PostgreSQL variants of the HTTP fixtures are skipped.
/// </summary>
public static class PostgresTestDatabase
{
    public const string ServerVariable = "MIRAGE_TEST_POSTGRES";

    public static string? ServerConnectionString => Environment.GetEnvironmentVariable(ServerVariable);

    public static bool IsConfigured => !string.IsNullOrWhiteSpace(ServerConnectionString);

    /// <returns>The connection string of a new, empty database.</returns>
    public static string Create()
    {
        var name = $"mirage_test_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(Server()) { Database = name }.ConnectionString;
    }

    /// <summary>Closes the pooled connections to the database and drops it.</summary>
    public static void Drop(string connectionString)
    {
        // The pool Mirage used is keyed by the connection string it opened, with its defaults added.
        using (var pooled = new NpgsqlConnection(PostgresOptions.WithDefaults(connectionString)))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static string Server() =>
        ServerConnectionString ?? throw new InvalidOperationException($"Set {ServerVariable} to run tests on PostgreSQL.");

    private static void Execute(string sql)
    {
        // Pooling off: the server connection must not keep a session open on the database being dropped.
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server()) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
