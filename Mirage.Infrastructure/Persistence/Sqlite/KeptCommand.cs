using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Mirage.Infrastructure.Persistence.Sqlite;

/// <summary>A command kept for one SQL text on one connection, so that its prepared statement is reused.</summary>
internal sealed class KeptCommand(SqliteConnection connection, string sql) : IDisposable
{
    private readonly SqliteCommand _command = new(sql, connection);
    private SqliteDataReader? _reader;

    /// <summary>Takes over the parameters, transaction and timeout of <paramref name="executing"/>.</summary>
    /// <returns><c>false</c> when the previous reader of this command is still open (a query run again while it is read).</returns>
    public bool TryLoad(SqliteCommand executing)
    {
        if (_reader is { IsClosed: false })
        {
            return false;
        }

        _command.Parameters.Clear();
        foreach (SqliteParameter parameter in executing.Parameters)
        {
            _command.Parameters.Add(parameter);
        }

        _command.Transaction = executing.Transaction;
        _command.CommandTimeout = executing.CommandTimeout;
        return true;
    }

    public DbDataReader ExecuteReader() => _reader = _command.ExecuteReader();

    public void Dispose() => _command.Dispose();
}
