using System.Net;
using System.Text.Json.Nodes;

namespace Mirage.Tests.Api;

/// <summary>Social actions that must succeed for a test to go on; each asserts its success status.</summary>
public static class SocialClientExtensions
{
    public static Task<HttpResponseMessage> PostAsAsync(this HttpClient client, TestAccount account, string path, object body) =>
        client.SendWithTokenAsync(HttpMethod.Post, path, account.Token, body);

    public static async Task FollowAsync(this HttpClient client, TestAccount follower, string username)
    {
        using var response = await client.PostAsAsync(follower, SocialRoutes.Follow, new { username });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    public static async Task UnfollowAsync(this HttpClient client, TestAccount follower, string username)
    {
        using var response = await client.PostAsAsync(follower, SocialRoutes.Unfollow, new { username });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    /// <returns>The new post's id.</returns>
    public static async Task<long> CreatePostAsync(this HttpClient client, TestAccount author, string content = "hello mirage")
    {
        using var response = await client.PostAsAsync(author, SocialRoutes.CreatePost, new { content });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())["post"]!["id"]!.GetValue<long>();
    }

    public static async Task VoteAsync(this HttpClient client, TestAccount voter, long postId, string voteType)
    {
        using var response = await client.PostAsAsync(voter, SocialRoutes.VotePost, new { post_id = postId, vote_type = voteType });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    public static async Task UnvoteAsync(this HttpClient client, TestAccount voter, long postId)
    {
        using var response = await client.PostAsAsync(voter, SocialRoutes.UnvotePost, new { post_id = postId });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    /// <returns>The new reply's id.</returns>
    public static async Task<long> ReplyAsync(this HttpClient client, TestAccount author, long postId, string content = "well said")
    {
        using var response = await client.PostAsAsync(author, SocialRoutes.ReplyToPost, new { post_id = postId, content });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())["reply"]!["id"]!.GetValue<long>();
    }

    /// <summary>The stats that <c>GET /api/user/{username}</c> shows.</summary>
    public static async Task<SocialStats> GetStatsAsync(this HttpClient client, string username)
    {
        using var response = await client.GetAsync(Routes.User(username));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var stats = (await response.ReadJsonAsync())["stats"]!;
        return new SocialStats(
            stats["followers"]!.GetValue<int>(),
            stats["following"]!.GetValue<int>(),
            stats["posts"]!.GetValue<int>(),
            stats["upvotes"]!.GetValue<int>(),
            stats["downvotes"]!.GetValue<int>());
    }

    public static async Task<JsonObject> GetPostAsync(this HttpClient client, long postId)
    {
        using var response = await client.GetAsync(SocialRoutes.Post(postId));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    /// <summary>One page of a list: its items under <paramref name="key"/> and its <c>next_cursor</c>.</summary>
    public static async Task<(List<JsonObject> Items, string? NextCursor)> GetPageAsync(this HttpClient client, string path, string key)
    {
        using var response = await client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var json = await response.ReadJsonAsync();
        return (json[key]!.AsArray().Select(item => item!.AsObject()).ToList(), json["next_cursor"]?.GetValue<string>());
    }

    /// <summary>Every page of a list, <paramref name="limit"/> at a time; asserts each page but the last is full.</summary>
    public static async Task<List<List<JsonObject>>> GetAllPagesAsync(this HttpClient client, string path, string key, int limit)
    {
        var pages = new List<List<JsonObject>>();
        string? cursor = null;
        do
        {
            var (items, next) = await client.GetPageAsync(SocialRoutes.Page(path, limit, cursor), key);
            pages.Add(items);
            Assert.That(next is null || items.Count == limit, Is.True, "only the last page may be short");
            cursor = next;
        }
        while (cursor is not null && pages.Count <= 100);

        return pages;
    }

    public static IEnumerable<string> Usernames(this IEnumerable<JsonObject> items) => items.Select(i => i["username"]!.GetValue<string>());

    public static IEnumerable<long> Ids(this IEnumerable<JsonObject> items) => items.Select(i => i["id"]!.GetValue<long>());
}
