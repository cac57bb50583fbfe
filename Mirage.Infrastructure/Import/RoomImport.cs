using Mirage.Domain.Import;
using Mirage.Domain.Rooms;

namespace Mirage.Infrastructure.Import;

/// <summary>
/// Legacy <c>rooms</c>, ids kept (the chat-room file points at them). A private room's unsalted SHA-256 is stored as
/// <c>sha256:&lt;hex&gt;</c>: the first correct join verifies it and replaces it with a salted slow hash.
/// </summary>
public static class RoomImport
{
    public const string Table = "rooms";

    /// <summary>Matches no password (no one can find a SHA-256 preimage): a private room whose hash is unusable stays closed.</summary>
    private static readonly string NoPassword = LegacyRoomPassword.FromLegacyDigest(new string('0', 64))!;

    public static async Task RunAsync(ImportRun run, LegacyProfile profile)
    {
        var keys = new List<(long Id, string Name)>();
        await foreach (var row in run.Source.ReadAsync(Table, ["id", "name"], run.Cancellation))
        {
            keys.Add((row.Integer("id") ?? 0, row.Text("name") ?? string.Empty));
        }

        var names = UniqueNames.Assign(keys, LegacyRoomNames.Clean, Room.NormalizeName, Room.NameMaxLength);
        var counts = run.Begin(Table);
        await foreach (var row in run.Source.ReadAsync(Table, ["id", "name", "is_private", "password_hash", "created_at"], run.Cancellation))
        {
            run.Read(Table, counts);
            var id = row.Integer("id");
            if (id is not > 0 || !run.RoomIds.Add(id.Value))
            {
                counts.Skip("no usable id");
                continue;
            }

            var (name, reason) = names[id.Value];
            if (reason is not null)
            {
                run.Change(Table, id.Value, "name", row.Text("name") ?? string.Empty, name, reason);
            }

            var isPrivate = row.Integer("is_private") is > 0;
            await run.AddAsync(
                new Room
                {
                    Id = id.Value,
                    Name = name,
                    NormalizedName = Room.NormalizeName(name),
                    IsPrivate = isPrivate,
                    PasswordHash = isPrivate ? PasswordHash(run, id.Value, row.Text("password_hash")) : null,
                    CreatedAt = profile.CreatedAt(run, Table, id.Value, row.Text("created_at")),
                },
                counts);
        }

        await run.EndAsync(Table, counts);
    }

    private static string PasswordHash(ImportRun run, long id, string? legacyHash)
    {
        if (LegacyRoomPassword.FromLegacyDigest(legacyHash) is { } stored)
        {
            return stored;
        }

        run.Change(Table, id, "password_hash", legacyHash ?? "(null)", "(no password opens it)", "not a SHA-256 hex digest");
        return NoPassword;
    }
}
