using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Mirage.Infrastructure.Persistence;

/// <summary>
/// A one-row read that a kind of request makes every time (the session look-up, the profile), run as its SQL
/// on the context's own connection and read column by column, past EF Core's query and command layers: even a
/// compiled query builds a shaper delegate, an enumerator and a command, with its interception and logging,
/// on every call, and for these reads that costs more than the read itself (bench/RESULTS.md).
/// </summary>
/// <remarks>
/// <para>
/// The SQL is written once for both providers (Mirage's snake_case names, standard SQL). Its one parameter
/// (<c>@p</c>) takes the type and value converter EF Core gives the column it is compared with, so the
/// statement compares what EF Core's would (a fixed-length token as <c>character</c> on PostgreSQL). The
/// command is kept per connection, so SQLite, whose connections stay open for their context's life, prepares
/// the statement once per connection.
/// </para>
/// <para>
/// It runs in the context's transaction, if one is open, and through the context's execution strategy, as
/// a compiled query does: PostgreSQL runs it again after a transient failure. EF Core's command interceptors
/// and its command log do not see it.
/// </para>
/// </remarks>
public sealed class DirectRead<T>(string sql, Type entity, string property, Func<DbDataReader, T> read)
    where T : class
{
    private readonly ConditionalWeakTable<DbConnection, Prepared> _commands = [];

    /// <summary>The row for <paramref name="value"/>, or <c>null</c> when there is none.</summary>
    public Task<T?> FirstOrDefaultAsync(MirageDbContext db, object value, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(
            (Read: this, Db: db, Value: value),
            static (state, turn) => state.Read.RunAsync(state.Db, state.Value, turn),
            cancellationToken);

    private async Task<T?> RunAsync(MirageDbContext db, object value, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            if (!_commands.TryGetValue(connection, out var prepared))
            {
                var mapping = ParameterMapping(db);
                var created = CreateCommand(connection, mapping);
                prepared = new Prepared(created, mapping.Converter, created.CommandTimeout);
                _commands.AddOrUpdate(connection, prepared);
            }

            var command = prepared.Command;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandTimeout = db.Database.GetCommandTimeout() ?? prepared.DefaultTimeout;
            command.Parameters[0].Value = prepared.Converter is { } converter ? converter.ConvertToProvider(value) : value;
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? read(reader) : null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// A new command for this read on <paramref name="connection"/>, its parameter typed but without a value (the
    /// tests explain its plan).
    /// </summary>
    public DbCommand CreateCommand(MirageDbContext db, DbConnection connection) => CreateCommand(connection, ParameterMapping(db));

    private DbCommand CreateCommand(DbConnection connection, RelationalTypeMapping mapping)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(mapping.CreateParameter(command, "@p", null, nullable: false));
        return command;
    }

    private RelationalTypeMapping ParameterMapping(MirageDbContext db) =>
        db.Model.FindEntityType(entity)?.FindProperty(property)?.GetRelationalTypeMapping()
            ?? throw new InvalidOperationException($"{entity.Name}.{property} is not in the model.");

    // A connection's command for this read, the parameter's value converter and the command's own timeout (the
    // connection's default, for when the context sets none).
    private sealed record Prepared(DbCommand Command, ValueConverter? Converter, int DefaultTimeout);
}
