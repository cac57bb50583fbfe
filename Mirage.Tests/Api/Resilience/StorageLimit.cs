using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mirage.Tests.Api.Resilience;

/// <summary>
/// A full disk for SQLite: while <see cref="Full"/> is set, each connection's <c>max_page_count</c> is held
/// at the file's current size (SQLite never sets it lower), so a write that needs a new page fails with SQLITE_FULL.
/// </summary>
public sealed class StorageLimit : DbCommandInterceptor
{
    private const int NoLimit = 1_073_741_823;

    public bool Full { get; set; }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await LimitAsync(command, cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await LimitAsync(command, cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await LimitAsync(command, cancellationToken);
        return result;
    }

    private async Task LimitAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var pragma = command.Connection!.CreateCommand();
        pragma.Transaction = command.Transaction;
        pragma.CommandText = $"PRAGMA max_page_count = {(Full ? 1 : NoLimit)}";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
    }
}
