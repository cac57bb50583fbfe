using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Votes;
using Mirage.Infrastructure.Persistence;

namespace Mirage.Tests.Api.Scale;

/// <summary>
/// Counts followers, following, posts and votes again from the rows themselves and lists every
/// stored counter that disagrees, so one failure shows them all.
/// </summary>
public static class StatsRecount
{
    public static async Task<IReadOnlyList<string>> FindMismatchesAsync(MirageDbContext db)
    {
        var follows = await db.Follows.AsNoTracking().ToListAsync();
        var posts = await db.Posts.AsNoTracking().ToListAsync();
        var votes = await db.Votes.AsNoTracking().ToListAsync();
        var replies = await db.Replies.AsNoTracking().ToListAsync();
        var users = await db.Users.AsNoTracking().Include(u => u.Stats).ToListAsync();
        var authorOf = posts.ToDictionary(p => p.Id, p => p.UserId);

        var mismatches = new List<string>();
        foreach (var user in users)
        {
            var votesOnTheirPosts = votes.Where(v => authorOf[v.PostId] == user.Id).ToList();
            Compare(mismatches, $"user {user.Username}", "followers", user.Stats.Followers, follows.Count(f => f.FolloweeId == user.Id));
            Compare(mismatches, $"user {user.Username}", "following", user.Stats.Following, follows.Count(f => f.FollowerId == user.Id));
            Compare(mismatches, $"user {user.Username}", "posts", user.Stats.Posts, posts.Count(p => p.UserId == user.Id));
            Compare(mismatches, $"user {user.Username}", "upvotes", user.Stats.Upvotes, votesOnTheirPosts.Count(v => v.Direction == VoteDirection.Up));
            Compare(mismatches, $"user {user.Username}", "downvotes", user.Stats.Downvotes, votesOnTheirPosts.Count(v => v.Direction == VoteDirection.Down));
        }

        foreach (var post in posts)
        {
            var votesOnIt = votes.Where(v => v.PostId == post.Id).ToList();
            Compare(mismatches, $"post {post.Id}", "upvotes", post.Upvotes, votesOnIt.Count(v => v.Direction == VoteDirection.Up));
            Compare(mismatches, $"post {post.Id}", "downvotes", post.Downvotes, votesOnIt.Count(v => v.Direction == VoteDirection.Down));
            Compare(mismatches, $"post {post.Id}", "reply_count", post.ReplyCount, replies.Count(r => r.PostId == post.Id));
        }

        return mismatches;
    }

    private static void Compare(List<string> mismatches, string owner, string counter, int stored, int counted)
    {
        if (stored != counted)
        {
            mismatches.Add($"{owner}: {counter} is {stored}, the rows say {counted}");
        }
    }
}
