using Mirage.Domain.Posts;

namespace Mirage.Infrastructure.Import;

/// <summary>Legacy <c>posts</c>, ids kept (shared links keep working), with their hashtags for trending topics.</summary>
public static class PostImport
{
    public const string Table = "posts";

    public static async Task RunAsync(ImportRun run, LegacyProfile profile)
    {
        var counts = run.Begin(Table);
        await foreach (var row in run.Source.ReadAsync(Table, ["id", "username", "content", "created_at"], run.Cancellation))
        {
            run.Read(Table, counts);
            var id = row.Integer("id");
            var content = row.Text("content");
            if (Skip.Why(run, id, row.Text("username"), content, Post.ContentStoredMaxLength) is { } reason)
            {
                counts.Skip(reason);
                continue;
            }

            var post = new Post
            {
                Id = id!.Value,
                UserId = run.UserIds[row.Text("username")!],
                Content = content!,
                CreatedAt = profile.CreatedAt(run, Table, id.Value, row.Text("created_at")),
            };
            run.PostIds.Add(post.Id);
            await run.AddAsync(post, counts);
            foreach (var tag in Hashtags.In(post.Content))
            {
                await run.AddAlongsideAsync(new PostHashtag { PostId = post.Id, Tag = tag });
            }
        }

        await run.EndAsync(Table, counts);
    }
}
