using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Mirage.Infrastructure.Persistence;

/// <summary>
/// A statement that a kind of write makes every time (a post's insert, a counter), run as its SQL on the context's
/// connection in the unit of work's transaction, past EF Core's change tracker and command layers: <c>SaveChanges</c>
/// for one new row, and EF Core building a raw SQL command, cost several times the statement itself, and all of it
/// runs inside SQLite's one writer's turn (bench/RESULTS.md).
/// </summary>
/// <remarks>
/// <para>
/// The SQL is written for both providers (see <see cref="DirectRead{T}"/>); its parameters are typed as EF Core types
/// their columns (<see cref="DirectParameter"/>), so a value is stored as EF Core would store it. The command is
/// kept per connection (<see cref="DirectCommand"/>).
/// </para>
/// <para>
/// It runs once, in whatever transaction the context has open: a unit of work of <see cref="DatabaseWrites"/> runs
/// again as a whole after a transient failure. EF Core's command interceptors and its command log do not see it,
/// and a failure comes as the provider's own exception, not as EF Core's <see cref="DbUpdateException"/>.
/// </para>
/// </remarks>
public sealed class DirectWrite(string sql, params IReadOnlyList<DirectParameter> parameters)
{
    private readonly DirectCommand _command = new(sql, parameters);

    /// <summary>Runs the statement with <paramref name="values"/>, one per parameter in the order the constructor was given them.</summary>
    /// <returns>The rows it changed.</returns>
    public Task<int> ExecuteAsync(MirageDbContext db, object[] values, CancellationToken cancellationToken) =>
        _command.RunAsync(db, values, static (command, turn) => command.ExecuteNonQueryAsync(turn), cancellationToken);

    /// <summary>Runs a statement that returns one number (<c>INSERT … RETURNING id</c>) and returns that number.</summary>
    public Task<long> ExecuteReturningIdAsync(MirageDbContext db, object[] values, CancellationToken cancellationToken) =>
        _command.RunAsync(
            db,
            values,
            static async (command, turn) => Convert.ToInt64(await command.ExecuteScalarAsync(turn), CultureInfo.InvariantCulture),
            cancellationToken);
}
