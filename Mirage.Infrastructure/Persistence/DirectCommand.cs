using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Mirage.Infrastructure.Persistence;

/// <summary>
/// The statement of a <see cref="DirectRead{T}"/> or <see cref="DirectWrite"/>: one command kept per connection, so
/// SQLite, whose connections stay open for their context's life, prepares the statement once per connection.
/// </summary>
internal sealed class DirectCommand(string sql, IReadOnlyList<DirectParameter> parameters)
{
    private readonly ConditionalWeakTable<DbConnection, Prepared> _commands = [];

    /// <summary>
    /// Runs <paramref name="execute"/> on the context's connection (opened for it if it is not open) with this
    /// statement's command, in the context's transaction if one is open, and <paramref name="values"/> bound: one
    /// per parameter, in the order the parameters were given.
    /// </summary>
    public async Task<TResult> RunAsync<TResult>(
        MirageDbContext db, object[] values, Func<DbCommand, CancellationToken, Task<TResult>> execute, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await execute(Bind(db, values), cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private DbCommand Bind(MirageDbContext db, object[] values)
    {
        if (values.Length != parameters.Count)
        {
            throw new ArgumentException($"The statement takes {parameters.Count} values, not {values.Length}.", nameof(values));
        }

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

        return command;
    }

    /// <summary>A new command for this statement on <paramref name="connection"/>, its parameters typed but without values.</summary>
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

    // A connection's command for this statement, its parameters' value converters and the command's own timeout
    // (the connection's default, for when the context sets none).
    private sealed record Prepared(DbCommand Command, ValueConverter?[] Converters, int DefaultTimeout);
}
