using System.Net;
using Microsoft.Data.Sqlite;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Persistence;

/// <summary>Runs Mirage as a real process and kills it: what it acknowledged must still be on disk.</summary>
public sealed class CrashDurabilityTests
{
    private readonly string _databasePath = TestDatabase.NewPath("crash");

    [TearDown]
    public void DeleteDatabase() => TestDatabase.Delete(_databasePath);

    [Test]
    public async Task Register_ThenProcessKilled_TheAccountIsStillStored()
    {
        var username = Names.Unique("durable");
        await using (var server = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Mirage"] = $"Data Source={_databasePath}",
        }))
        {
            using var response = await server.Client.RegisterAsync(username);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            await server.KillAsync();
        }

        Assert.That(await FindUsernameAsync(username), Is.EqualTo(username));
    }

    [Test]
    public async Task PostsWrittenAtOnce_ThenProcessKilled_EveryAcknowledgedPostIsStillStored()
    {
        long[] acknowledged;
        await using (var server = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Mirage"] = $"Data Source={_databasePath}",
            ["RateLimiting__Enabled"] = "false",
        }))
        {
            var author = await server.Client.RegisterAndLoginAsync();
            acknowledged = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => server.Client.CreatePostAsync(author, $"post {i}")));
            await server.KillAsync();
        }

        Assert.That(await StoredPostIdsAsync(), Is.SupersetOf(acknowledged));
    }

    private async Task<List<long>> StoredPostIdsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_databasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM posts";
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<long>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private async Task<string?> FindUsernameAsync(string username)
    {
        await using var connection = new SqliteConnection($"Data Source={_databasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT username FROM users WHERE normalized_username = $name";
        command.Parameters.AddWithValue("$name", username.ToLowerInvariant());
        return (string?)await command.ExecuteScalarAsync();
    }
}
