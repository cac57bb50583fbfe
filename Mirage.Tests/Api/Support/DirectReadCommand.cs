using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Mirage.Infrastructure.Persistence;

namespace Mirage.Tests.Api.Support;

/// <summary>
/// A <see cref="DirectRead{T}"/>'s statement with values, as a <see cref="RecordedCommand"/>: such reads pass
/// EF Core's interceptors by, so tests that explain what a request sent explain these beside what they recorded.
/// </summary>
public static class DirectReadCommand
{
    /// <summary>The read's SQL with <paramref name="values"/>, one per parameter in the read's order.</summary>
    public static RecordedCommand Of<T>(DirectRead<T> read, MirageDbContext db, params object[] values)
        where T : class
    {
        using var command = read.CreateCommand(db, db.Database.GetDbConnection());
        Assert.That(values, Has.Length.EqualTo(command.Parameters.Count), "one value per parameter of the read");
        return new RecordedCommand(
            command.CommandText,
            command.Parameters.Cast<DbParameter>().Select((parameter, i) => KeyValuePair.Create(parameter.ParameterName, (object?)values[i])).ToList());
    }
}
