using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Mirage.Domain.Import;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Import;

/// <summary>
/// Direct messages and chat-room messages of the sample, read back through the API after the import, field by field as
/// the first backend stored them.
/// </summary>
public sealed class LegacyImportReadBackTests(DatabaseProvider provider) : ApiTest(provider)
{
    /// <summary>The sample's one rename (docs/operations.md): the newer of Kai and kai gets the suffix.</summary>
    private static readonly Dictionary<string, string> Renamed = new() { ["kai"] = "kai_2" };

    protected override MirageApiFactory CreateFactory() => LegacyImportExtensions.FactoryAt(Provider, LegacyImportExtensions.SampleWritten);

    [OneTimeSetUp]
    public async Task ImportTheSample()
    {
        var outcome = await Factory.ImportLegacyAsync(new ImportOptions(LegacyImportExtensions.SamplePath, LegacyImportExtensions.MessagesPath));
        Assert.That(outcome.Refusal, Is.Null);
    }

    [TestCase("mallory")]
    [TestCase("sol")]
    public async Task Inbox_OfAnImportedAccount_ShowsEveryLegacyMessageAsItWas(string username)
    {
        var account = new TestAccount(username, $"{username}@example.com", PasswordOf(username), await Client.LoginForTokenAsync(username, PasswordOf(username)));

        var (messages, _) = await Client.GetInboxAsync(account);

        var shown = messages.Select(m => (
            m["id"]!.GetValue<long>(), m["sender"]!.GetValue<string>(), m["recipient"]!.GetValue<string>(),
            m["message"]!.GetValue<string>(), m["created_at"]!.GetValue<string>()));
        Assert.That(shown, Is.EqualTo(LegacyInboxOf(username)));
    }

    // Room 6 is private and its chat-file entries name it as "6" and as 6; room 1 is public. Alice is in both.
    [TestCase(6)]
    [TestCase(1)]
    public async Task RoomMessages_OfAnImportedRoom_AreTheChatFilesEntriesOldestFirst(long roomId)
    {
        var alice = new TestAccount("alice", "alice@example.com", PasswordOf("alice"), await Client.LoginForTokenAsync("alice", PasswordOf("alice")));

        var messages = await Client.GetRoomMessagesAsync(alice, roomId);

        var shown = messages.Select(m => (
            m["room_id"]!.GetValue<long>(), m["username"]!.GetValue<string>(), m["message"]!.GetValue<string>(), m["created_at"]!.GetValue<string>()));
        Assert.That(shown, Is.EqualTo(ChatFileEntriesOf(roomId)));
    }

    private static List<(long, string, string, string)> ChatFileEntriesOf(long roomId)
    {
        var entries = JsonNode.Parse(File.ReadAllText(LegacyImportExtensions.MessagesPath))!.AsArray()
            .Select(e => e!.AsObject())
            .Where(e => e["room_id"]!.ToString() == roomId.ToString(CultureInfo.InvariantCulture))
            .OrderBy(e => e["created_at"]!.GetValue<double>())
            .Select(e => (
                roomId, NameOf(e["username"]!.GetValue<string>()), e["message"]!.GetValue<string>(),
                DateTime.UnixEpoch.AddSeconds(Math.Floor(e["created_at"]!.GetValue<double>())).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)))
            .ToList();
        Assert.That(entries, Has.Count.GreaterThan(3), "the check must compare real messages");
        return entries;
    }

    private static List<(long, string, string, string, string)> LegacyInboxOf(string username)
    {
        using var legacy = new SqliteConnection($"Data Source={LegacyImportExtensions.SamplePath};Mode=ReadOnly");
        legacy.Open();
        using var command = legacy.CreateCommand();
        command.CommandText = "SELECT id, sender, recipient, message, created_at FROM inbox_messages WHERE sender = $u OR recipient = $u ORDER BY id DESC";
        command.Parameters.AddWithValue("$u", username);
        using var reader = command.ExecuteReader();
        var rows = new List<(long, string, string, string, string)>();
        while (reader.Read())
        {
            var createdAt = DateTime.ParseExact(reader.GetString(4), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            rows.Add((
                reader.GetInt64(0), NameOf(reader.GetString(1)), NameOf(reader.GetString(2)), reader.GetString(3),
                createdAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
        }

        Assert.That(rows, Is.Not.Empty, "the check must compare real messages");
        return rows;
    }

    private static string NameOf(string legacyName) => Renamed.GetValueOrDefault(legacyName, legacyName);

    private static string PasswordOf(string username) =>
        File.ReadLines(LegacyImportExtensions.PasswordsPath).Select(line => line.Split('\t')).First(fields => fields[0] == username)[1];
}
