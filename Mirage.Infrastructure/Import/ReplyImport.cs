using Mirage.Domain.Posts;
using Mirage.Domain.Replies;

namespace Mirage.Infrastructure.Import;

/// <summary>Legacy <c>replies</c>, ids kept. A reply is not a post: the first backend counted it as one, Mirage does not.</summary>
public static class ReplyImport
{
    public const string Table = "replies";

    public static async Task RunAsync(ImportRun run, LegacyProfile profile)
    {
        var counts = run.Begin(Table);
        await foreach (var row in run.Source.ReadAsync(Table, ["id", "post_id", "username", "content", "created_at"], run.Cancellation))
        {
            run.Read(Table, counts);
            var id = row.Integer("id");
            var postId = row.Integer("post_id");
            var reason = Skip.Why(run, id, row.Text("username"), row.Text("content"), Post.ContentStoredMaxLength)
                ?? (postId is { } p && run.PostIds.Contains(p) ? null : Skip.PostMissing);
            if (reason is not null)
            {
                counts.Skip(reason);
                continue;
            }

            await run.AddAsync(
                new Reply
                {
                    Id = id!.Value,
                    PostId = postId!.Value,
                    UserId = run.UserIds[row.Text("username")!],
                    Content = row.Text("content")!,
                    CreatedAt = profile.CreatedAt(run, Table, id.Value, row.Text("created_at")),
                },
                counts);
        }

        await run.EndAsync(Table, counts);
    }
}
