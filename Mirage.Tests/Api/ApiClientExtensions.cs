using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mirage.Tests.Api;

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
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())["token"]!.GetValue<string>();
    }

    public static async Task<TestAccount> RegisterAndLoginAsync(this HttpClient client, string? username = null)
    {
        username ??= Names.Unique();
        using var registered = await client.RegisterAsync(username);
        Assert.That(registered.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Created), await registered.Content.ReadAsStringAsync());
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
}
