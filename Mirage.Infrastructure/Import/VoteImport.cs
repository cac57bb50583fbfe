using Mirage.Domain.Import;
using Mirage.Domain.Votes;

namespace Mirage.Infrastructure.Import;

/// <summary>Legacy <c>post_votes</c> with their direction; the row holds the latest direction a person chose.</summary>
public static class VoteImport
{
    public const string Table = "post_votes";

    public static async Task RunAsync(ImportRun run, LegacyProfile profile)
    {
        var counts = run.Begin(Table);
        var seen = new HashSet<(long, long)>();
        await foreach (var row in run.Source.ReadAsync(Table, ["id", "post_id", "username", "vote_type", "created_at"], run.Cancellation))
        {
            run.Read(Table, counts);
            var postId = row.Integer("post_id");
            var username = row.Text("username");
            var direction = LegacyValues.ParseVote(row.Text("vote_type"));
            var reason = username is null || !run.UserIds.ContainsKey(username) ? "voter's account missing"
                : postId is not { } p || !run.PostIds.Contains(p) ? Skip.PostMissing
                : direction is null ? "unknown vote type"
                : !seen.Add((run.UserIds[username], p)) ? "repeated vote"
                : null;
            if (reason is not null)
            {
                counts.Skip(reason);
                continue;
            }

            await run.AddAsync(
                new Vote
                {
                    UserId = run.UserIds[username!],
                    PostId = postId!.Value,
                    Direction = direction!.Value,
                    CreatedAt = profile.CreatedAt(run, Table, row.Integer("id") ?? 0, row.Text("created_at")),
                },
                counts);
        }

        await run.EndAsync(Table, counts);
    }
}
