using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Infrastructure.Persistence;

namespace Mirage.Tests.Api.Persistence;

/// <summary>
/// On SQLite a pooled context keeps its connection open (<see cref="KeepOpenSqliteConnection"/>); PostgreSQL
/// connections go back to Npgsql's pool after each command, as they should.
/// </summary>
public sealed class SqliteConnectionReuseTests : SqliteApiTest
{
    private readonly DatabaseWorkRecorder _database = new();

    [Test]
    public async Task Connection_StaysOpenAcrossRequests()
    {
        var account = await Client.RegisterAndLoginAsync();
        var opensBefore = _database.Opens;

        for (var i = 0; i < 20; i++)
        {
            using var response = await Client.GetAsync(Routes.User(account.Username));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        // One request at a time reuses the same pooled context, whose connection is already open.
        Assert.That(_database.Opens - opensBefore, Is.LessThanOrEqualTo(2), "20 profile reads opened the connection again and again");
    }

    [Test]
    public async Task Connection_KeptOpen_CarriesNoTransactionIntoTheNextRequest()
    {
        var first = await Client.RegisterAndLoginAsync();

        // A refused registration (name taken) rolls its unit of work back on the same pooled context and
        // open connection that then serve the next registration: that one must be committed, visible on
        // any other connection to the file, not left inside a transaction nobody ended.
        using (var taken = await Client.RegisterAsync(first.Username))
        {
            Assert.That(taken.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        }

        var second = await Client.RegisterAndLoginAsync();

        await using var other = new SqliteConnection(Factory.ConnectionString);
        await other.OpenAsync();
        await using var count = other.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM users WHERE username = $username";
        count.Parameters.AddWithValue("$username", second.Username);
        Assert.That(await count.ExecuteScalarAsync(), Is.EqualTo(1L));
    }

    protected override MirageApiFactory CreateFactory() =>
        new(DatabaseProvider.Sqlite, services => services.ConfigureDbContext<SqliteMirageDbContext>(options => options.AddInterceptors(_database)));
}
