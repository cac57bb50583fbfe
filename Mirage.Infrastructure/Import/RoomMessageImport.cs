using System.Globalization;
using System.Text.Json;
using Mirage.Domain.Rooms;

namespace Mirage.Infrastructure.Import;

/// <summary>
/// The first backend's chat-room file: a JSON list of <c>{username, message, created_at (epoch seconds), room_id}</c>,
/// where <c>room_id</c> is sometimes a string. Only messages still within Mirage's message lifetime come along.
/// </summary>
public sealed class RoomMessageImport(RoomPolicy policy)
{
    public const string Table = "messages";

    public async Task RunAsync(ImportRun run, string path)
    {
        var counts = run.Begin(Table);
        await using var file = File.OpenRead(path);
        await foreach (var entry in JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(file, cancellationToken: run.Cancellation))
        {
            run.Read(Table, counts);
            var roomId = Integer(entry, "room_id");
            var username = Text(entry, "username");
            var message = Text(entry, "message");
            var createdAt = Seconds(entry, "created_at") is { } seconds && seconds is > 0 and < 253_402_300_799
                ? DateTime.UnixEpoch.AddSeconds(seconds)
                : (DateTime?)null;
            var reason = roomId is not { } r || !run.RoomIds.Contains(r) ? "room missing"
                : username is null || !run.UserIds.ContainsKey(username) ? Skip.AuthorMissing
                : message is null || createdAt is null ? "malformed entry"
                : message.Length > RoomMessage.MessageStoredMaxLength ? "text longer than Mirage stores"
                : createdAt.Value + policy.MessageLifetime <= run.Now ? "expired"
                : null;
            if (reason is not null)
            {
                counts.Skip(reason);
                continue;
            }

            await run.AddAsync(
                new RoomMessage
                {
                    RoomId = roomId!.Value,
                    UserId = run.UserIds[username!],
                    Message = message!,
                    CreatedAt = createdAt!.Value,
                    ExpiresAt = createdAt.Value + policy.MessageLifetime,
                },
                counts);
        }

        await run.EndAsync(Table, counts);
    }

    private static string? Text(JsonElement entry, string name) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static double? Seconds(JsonElement entry, string name) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : null;

    private static long? Integer(JsonElement entry, string name) =>
        entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number
        : value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed
        : null;
}
