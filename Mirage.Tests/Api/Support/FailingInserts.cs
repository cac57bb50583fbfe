using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Infrastructure.Persistence;

namespace Mirage.Tests.Api.Support;

/// <summary>
/// PostgreSQL only: makes the first inserts into a table fail with a given SQLSTATE (a deadlock, a serialization
/// failure), as if another transaction had been chosen to survive. A trigger in the database does it, so it meets
/// the insert however Mirage sends it (EF Core or a <see cref="DirectWrite"/>). A sequence counts the attempts:
/// sequences are not rolled back with the failed transaction. Disposing it drops the trigger, its function and
/// the sequence, so the table takes inserts again.
/// </summary>
public sealed class FailingInserts : IAsyncDisposable
{
    private readonly IServiceProvider _services;
    private readonly string _table;
    private readonly string _sequence;

    private FailingInserts(IServiceProvider services, string table)
    {
        _services = services;
        _table = table;
        _sequence = $"failing_inserts_{table}";
    }

    /// <summary>
    /// Makes the first <paramref name="failures"/> inserts into <paramref name="table"/> fail with
    /// <paramref name="sqlState"/> in the database of <paramref name="services"/>; every later insert runs.
    /// </summary>
    public static async Task<FailingInserts> ArmAsync(IServiceProvider services, string table, string sqlState, long failures = long.MaxValue)
    {
        var inserts = new FailingInserts(services, table);
        await inserts.RunAsync(
            $"""
            CREATE SEQUENCE {inserts._sequence};
            CREATE FUNCTION {inserts._sequence}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF nextval('{inserts._sequence}') <= {failures} THEN
                    RAISE EXCEPTION 'injected failure' USING ERRCODE = '{sqlState}';
                END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER {inserts._sequence} BEFORE INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION {inserts._sequence}();
            """);
        return inserts;
    }

    /// <summary>The inserts tried since the failures were armed, the failed ones included.</summary>
    public async Task<long> AttemptsAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
        var attempts = $"SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS \"Value\" FROM {_sequence}";
        return (await db.Database.SqlQueryRaw<long>(attempts).ToListAsync()).Single();
    }

    public async ValueTask DisposeAsync() =>
        await RunAsync($"DROP TRIGGER {_sequence} ON {_table}; DROP FUNCTION {_sequence}(); DROP SEQUENCE {_sequence};");

    private async Task RunAsync(string sql)
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MirageDbContext>().Database.ExecuteSqlRawAsync(sql);
    }
}
