using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mirage.Tests.Api.Support;

/// <summary>
/// An EF command interceptor that sees every command before it runs, whichever way it runs (a query, a
/// statement, a scalar): the tests' recorders and fault injectors only say what to do with it.
/// </summary>
public abstract class BeforeEachCommand : DbCommandInterceptor
{
    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(command, cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(command, cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(command, cancellationToken);
        return result;
    }

    /// <summary>Runs before <paramref name="command"/>; an exception fails the command as the database would.</summary>
    protected abstract ValueTask BeforeAsync(DbCommand command, CancellationToken cancellationToken);
}
