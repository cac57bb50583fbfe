using Mirage.Domain.Follows;

namespace Mirage.Infrastructure.Import;

/// <summary>Legacy <c>following</c>. Mirage forbids following oneself, so the first backend's self-follows are dropped.</summary>
public static class FollowImport
{
    public const string Table = "following";

    public static async Task RunAsync(ImportRun run, LegacyProfile profile)
    {
        var counts = run.Begin(Table);
        var seen = new HashSet<(long, long)>();
        await foreach (var row in run.Source.ReadAsync(Table, ["id", "follower", "following", "created_at"], run.Cancellation))
        {
            run.Read(Table, counts);
            var follower = row.Text("follower") is { } f && run.UserIds.TryGetValue(f, out var fid) ? fid : (long?)null;
            var followee = row.Text("following") is { } g && run.UserIds.TryGetValue(g, out var gid) ? gid : (long?)null;
            var reason = follower is null ? "follower's account missing"
                : followee is null ? "followed account missing"
                : follower == followee ? "self-follow"
                : !seen.Add((follower.Value, followee.Value)) ? "repeated follow"
                : null;
            if (reason is not null)
            {
                counts.Skip(reason);
                continue;
            }

            await run.AddAsync(
                new Follow
                {
                    FollowerId = follower!.Value,
                    FolloweeId = followee!.Value,
                    CreatedAt = profile.CreatedAt(run, Table, row.Integer("id") ?? 0, row.Text("created_at")),
                },
                counts);
        }

        await run.EndAsync(Table, counts);
    }
}
