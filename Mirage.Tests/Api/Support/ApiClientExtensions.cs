using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mirage.Tests.Api.Support;

/// <summary>
/// What a test does through the API: register, log in, send with a token, read JSON, and the social actions
/// that must succeed for a test to go on (each asserts its success status).
/// </summary>
public static class ApiClientExtensions
{
    public const string DefaultPassword = "correct horse battery";

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(path, body);

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string path, string body, string contentType = "application/json") =>
        client.PostAsync(path, new StringContent(body, Encoding.UTF8, contentType));

    public static Task<HttpResponseMessage> RegisterAsync(this HttpClient client, string username, string? email = null, string password = DefaultPassword) =>
        client.PostJsonAsync(Routes.Register, new { username, email = email ?? $"{username}@example.com", password });

    public static Task<HttpResponseMessage> LoginAsync(this HttpClient client, string username, string password = DefaultPassword) =>
        client.PostJsonAsync(Routes.Login, new { username, password });

    public static async Task<string> LoginForTokenAsync(this HttpClient client, string username, string password = DefaultPassword)
    {
        using var response = await client.LoginAsync(username, password);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())["token"]!.GetValue<string>();
    }

    public static async Task<TestAccount> RegisterAndLoginAsync(this HttpClient client, string? username = null)
    {
        username ??= Names.Unique();
        using var registered = await client.RegisterAsync(username);
        Assert.That(registered.StatusCode, Is.EqualTo(HttpStatusCode.Created), await registered.Content.ReadAsStringAsync());
        return new TestAccount(username, $"{username}@example.com", DefaultPassword, await client.LoginForTokenAsync(username));
    }

    public static Task<HttpResponseMessage> GetWithTokenAsync(this HttpClient client, string path, string authorization) =>
        client.SendWithTokenAsync(HttpMethod.Get, path, authorization);

    /// <summary>Sends with the <c>Authorization</c> header exactly as given (a raw token, "Bearer ...", or junk).</summary>
    public static async Task<HttpResponseMessage> SendWithTokenAsync(
        this HttpClient client, HttpMethod method, string path, string authorization, object? body = null, string? userAgent = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        if (userAgent is not null)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        }

        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> LogoutWithHeaderAsync(this HttpClient client, string authorization) =>
        client.SendWithTokenAsync(HttpMethod.Post, Routes.Logout, authorization);

    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())?.AsObject()
        ?? throw new JsonException("The response body is not a JSON object.");

    /// <summary>Asserts the contract's error shape: the status, ProblemDetails, and the exact <c>error</c> string.</summary>
    public static async Task<JsonObject> ShouldBeProblemAsync(this HttpResponseMessage response, int status, string? error = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(status), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        var json = JsonNode.Parse(body)!.AsObject();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json["status"]?.GetValue<int>(), Is.EqualTo(status), body);
            Assert.That(json["error"]?.GetValue<string>(), error is null ? Is.Not.Empty : Is.EqualTo(error), body);
        }

        return json;
    }

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    public static Task<HttpResponseMessage> PostAsAsync(this HttpClient client, TestAccount account, string path, object body) =>
        client.SendWithTokenAsync(HttpMethod.Post, path, account.Token, body);

    public static async Task FollowAsync(this HttpClient client, TestAccount follower, string username)
    {
        using var response = await client.PostAsAsync(follower, Routes.Follow, new { username });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    public static async Task UnfollowAsync(this HttpClient client, TestAccount follower, string username)
    {
        using var response = await client.PostAsAsync(follower, Routes.Unfollow, new { username });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    /// <returns>The new post's id.</returns>
    public static async Task<long> CreatePostAsync(this HttpClient client, TestAccount author, string content = "hello mirage")
    {
        using var response = await client.PostAsAsync(author, Routes.CreatePost, new { content });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())["post"]!["id"]!.GetValue<long>();
    }

    public static async Task VoteAsync(this HttpClient client, TestAccount voter, long postId, string voteType)
    {
        using var response = await client.PostAsAsync(voter, Routes.VotePost, new { post_id = postId, vote_type = voteType });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    public static async Task UnvoteAsync(this HttpClient client, TestAccount voter, long postId)
    {
        using var response = await client.PostAsAsync(voter, Routes.UnvotePost, new { post_id = postId });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    /// <returns>The new reply's id.</returns>
    public static async Task<long> ReplyAsync(this HttpClient client, TestAccount author, long postId, string content = "well said")
    {
        using var response = await client.PostAsAsync(author, Routes.ReplyToPost, new { post_id = postId, content });
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
        using var response = await client.GetAsync(Routes.Post(postId));
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
            var (items, next) = await client.GetPageAsync(Routes.Page(path, limit, cursor), key);
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
