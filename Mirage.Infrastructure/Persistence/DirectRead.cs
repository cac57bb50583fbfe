using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

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
/// the type and value converter EF Core gives what it is compared with (<see cref="DirectParameter"/>). The
/// command is kept per connection (<see cref="DirectCommand"/>).
/// </para>
/// <para>
/// It runs in the context's transaction, if one is open, and through the context's execution strategy, as
/// a compiled query does: PostgreSQL runs it again after a transient failure. EF Core's command interceptors
/// and its command log do not see it.
/// </para>
/// </remarks>
public sealed class DirectRead<T>(string sql, Func<DbDataReader, T> read, params IReadOnlyList<DirectParameter> parameters)
    where T : class
{
    private readonly DirectCommand _command = new(sql, parameters);

    /// <summary>A read with one parameter, <c>@p</c>, compared with <paramref name="entity"/>'s <paramref name="property"/>.</summary>
    public DirectRead(string sql, Type entity, string property, Func<DbDataReader, T> read)
        : this(sql, read, DirectParameter.Column("@p", entity, property))
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
        MirageDbContext db, object[] values, CommandBehavior behavior, Func<DbDataReader, Func<DbDataReader, T>, CancellationToken, Task<TResult>> consume, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(
            (Read: this, Db: db, Values: values, Behavior: behavior, Consume: consume),
            static (state, turn) => state.Read.RunOnceAsync(state.Db, state.Values, state.Behavior, state.Consume, turn),
            cancellationToken);

    private Task<TResult> RunOnceAsync<TResult>(
        MirageDbContext db, object[] values, CommandBehavior behavior, Func<DbDataReader, Func<DbDataReader, T>, CancellationToken, Task<TResult>> consume, CancellationToken cancellationToken) =>
        _command.RunAsync(
            db,
            values,
            async (command, turn) =>
            {
                await using var reader = await command.ExecuteReaderAsync(behavior, turn);
                return await consume(reader, read, turn);
            },
            cancellationToken);

    /// <summary>
    /// A new command for this read on <paramref name="connection"/>, its parameters typed but without values (the
    /// tests explain its plan).
    /// </summary>
    public DbCommand CreateCommand(MirageDbContext db, DbConnection connection) => _command.CreateCommand(db, connection);
}
