using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Mirage.Infrastructure.Persistence;

/// <summary>
/// A read that a kind of request makes every time (the session look-up, the profile, the lists), run as its SQL
/// on the context's own connection and read column by column, past EF Core's query and command layers: even a
/// compiled query builds a shaper delegate, an enumerator and a command, with its interception and logging,
/// on every call, and for these reads that costs more than the read itself (bench/RESULTS.md).
/// </summary>
/// <remarks>
/// <para>
/// The SQL is written once for both providers (Mirage's snake_case names, standard SQL). Each parameter takes
/// the type and value converter EF Core gives what it is compared with (<see cref="DirectReadParameter"/>). The
/// command is kept per connection, so SQLite, whose connections stay open for their context's life, prepares
/// the statement once per connection.
/// </para>
/// <para>
/// It runs in the context's transaction, if one is open, and through the context's execution strategy, as
/// a compiled query does: PostgreSQL runs it again after a transient failure. EF Core's command interceptors
/// and its command log do not see it.
/// </para>
/// </remarks>
public sealed class DirectRead<T>(string sql, Func<DbDataReader, T> read, params IReadOnlyList<DirectReadParameter> parameters)
    where T : class
{
    private readonly ConditionalWeakTable<DbConnection, Prepared> _commands = [];

    /// <summary>A read with one parameter, <c>@p</c>, compared with <paramref name="entity"/>'s <paramref name="property"/>.</summary>
    public DirectRead(string sql, Type entity, string property, Func<DbDataReader, T> read)
        : this(sql, read, DirectReadParameter.Column("@p", entity, property))
    {
    }

    /// <summary>The row for <paramref name="value"/>, the value of the read's one parameter, or <c>null</c> when there is none.</summary>
    public Task<T?> FirstOrDefaultAsync(MirageDbContext db, object value, CancellationToken cancellationToken) =>
        FirstOrDefaultAsync(db, [value], cancellationToken);

    /// <summary>
    /// The first row for <paramref name="values"/>, one per parameter in the order the constructor was given them,
    /// or <c>null</c> when there is none.
    /// </summary>
    public Task<T?> FirstOrDefaultAsync(MirageDbContext db, object[] values, CancellationToken cancellationToken) =>
        RunAsync<T?>(db, values, CommandBehavior.SingleRow, static async (reader, read, turn) => await reader.ReadAsync(turn) ? read(reader) : null, cancellationToken);

    /// <summary>
    /// Every row, in the SQL's order, for <paramref name="values"/>: one per parameter, in the order the parameters
    /// were given to the constructor (not the order of their names in the SQL).
    /// </summary>
    public Task<List<T>> ToListAsync(MirageDbContext db, object[] values, CancellationToken cancellationToken) =>
        RunAsync(db, values, CommandBehavior.Default, static async (reader, read, turn) =>
        {
            var rows = new List<T>();
            while (await reader.ReadAsync(turn))
            {
                rows.Add(read(reader));
            }

            return rows;
        }, cancellationToken);

    private Task<TResult> RunAsync<TResult>(
        MirageDbContext db, object[] values, CommandBehavior behavior, Func<DbDataReader, Func<DbDataReader, T>, CancellationToken, Task<TResult>> consume, CancellationToken cancellationToken)
    {
        if (values.Length != parameters.Count)
        {
            throw new ArgumentException($"The read takes {parameters.Count} values, not {values.Length}.", nameof(values));
        }

        return db.Database.CreateExecutionStrategy().ExecuteAsync(
            (Read: this, Db: db, Values: values, Behavior: behavior, Consume: consume),
            static (state, turn) => state.Read.RunOnceAsync(state.Db, state.Values, state.Behavior, state.Consume, turn),
            cancellationToken);
    }

    private async Task<TResult> RunOnceAsync<TResult>(
        MirageDbContext db, object[] values, CommandBehavior behavior, Func<DbDataReader, Func<DbDataReader, T>, CancellationToken, Task<TResult>> consume, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            if (!_commands.TryGetValue(connection, out var prepared))
            {
                var mappings = MappingsIn(db);
                var created = CreateCommand(connection, mappings);
                prepared = new Prepared(created, mappings.Select(mapping => mapping.Converter).ToArray(), created.CommandTimeout);
                _commands.AddOrUpdate(connection, prepared);
            }

            var command = prepared.Command;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandTimeout = db.Database.GetCommandTimeout() ?? prepared.DefaultTimeout;
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = prepared.Converters[i] is { } converter ? converter.ConvertToProvider(values[i]) : values[i];
            }

            await using var reader = await command.ExecuteReaderAsync(behavior, cancellationToken);
            return await consume(reader, read, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// A new command for this read on <paramref name="connection"/>, its parameters typed but without values (the
    /// tests explain its plan).
    /// </summary>
    public DbCommand CreateCommand(MirageDbContext db, DbConnection connection) => CreateCommand(connection, MappingsIn(db));

    // The parameters' types in this context's model, in the constructor's order.
    private List<RelationalTypeMapping> MappingsIn(MirageDbContext db) => parameters.Select(parameter => parameter.MappingIn(db)).ToList();

    private DbCommand CreateCommand(DbConnection connection, IReadOnlyList<RelationalTypeMapping> mappings)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters.Count; i++)
        {
            command.Parameters.Add(mappings[i].CreateParameter(command, parameters[i].Name, null, nullable: false));
        }

        return command;
    }

    // A connection's command for this read, its parameters' value converters and the command's own timeout (the
    // connection's default, for when the context sets none).
    private sealed record Prepared(DbCommand Command, ValueConverter?[] Converters, int DefaultTimeout);
}
