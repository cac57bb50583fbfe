using Mirage.Domain.Rooms;

namespace Mirage.Infrastructure.Import;

/// <summary>Legacy <c>room_members</c>. Re-joining added a row each time there; Mirage keeps one membership per person and room.</summary>
public static class RoomMemberImport
{
    public const string Table = "room_members";

    public static async Task RunAsync(ImportRun run, LegacyProfile profile)
    {
        var counts = run.Begin(Table);
        var seen = new HashSet<(long, long)>();
        await foreach (var row in run.Source.ReadAsync(Table, ["id", "room_id", "username", "joined_at"], run.Cancellation))
        {
            run.Read(Table, counts);
            var roomId = row.Integer("room_id");
            var username = row.Text("username");
            var reason = roomId is not { } r || !run.RoomIds.Contains(r) ? "room missing"
                : username is null || !run.UserIds.ContainsKey(username) ? "member's account missing"
                : !seen.Add((r, run.UserIds[username])) ? "duplicate membership"
                : null;
            if (reason is not null)
            {
                counts.Skip(reason);
                continue;
            }

            await run.AddAsync(
                new RoomMember
                {
                    RoomId = roomId!.Value,
                    UserId = run.UserIds[username!],
                    JoinedAt = profile.CreatedAt(run, Table, row.Integer("id") ?? 0, row.Text("joined_at")),
                },
                counts);
        }

        await run.EndAsync(Table, counts);
    }
}
