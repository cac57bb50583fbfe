using Microsoft.Data.Sqlite;

namespace Mirage.Infrastructure.Persistence.Sqlite;

/// <summary>One connection's kept commands, by SQL text. Used only by the one context that holds the connection.</summary>
internal sealed class KeptCommands
{
    private readonly Dictionary<string, KeptCommand> _bySql = new(StringComparer.Ordinal);

    public KeptCommand For(SqliteConnection connection, string sql)
    {
        if (_bySql.TryGetValue(sql, out var kept))
        {
            return kept;
        }

        if (_bySql.Count >= PreparedStatementReuse.MaxStatementsPerConnection)
        {
            foreach (var old in _bySql.Values)
            {
                old.Dispose();
            }

            _bySql.Clear();
        }

        kept = new KeptCommand(connection, sql);
        _bySql.Add(sql, kept);
        return kept;
    }
}
