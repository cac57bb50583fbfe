using System.Net;
using System.Text.Json.Nodes;

namespace Mirage.Tests.Api.Support;

/// <summary>The direct-message actions a test does through the API; each asserts its success status.</summary>
public static class DirectMessageClientExtensions
{
    /// <returns>The sent message as the response shows it (<c>inbox_message</c>).</returns>
    public static async Task<JsonObject> SendMessageAsync(this HttpClient client, TestAccount sender, string recipient, string message = "hello there")
    {
        using var response = await client.PostAsAsync(sender, Routes.SendInboxMessage, new { recipient, message });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())["inbox_message"]!.AsObject();
    }

    /// <returns>The new message's id.</returns>
    public static async Task<long> SendMessageIdAsync(this HttpClient client, TestAccount sender, string recipient, string message = "hello there") =>
        (await client.SendMessageAsync(sender, recipient, message))["id"]!.GetValue<long>();

    /// <summary>One page of the account's inbox (the first page also marks it read).</summary>
    public static async Task<(List<JsonObject> Messages, string? NextCursor)> GetInboxAsync(this HttpClient client, TestAccount account, string path = Routes.Inbox)
    {
        using var response = await client.GetWithTokenAsync(path, account.Token);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var json = await response.ReadJsonAsync();
        return (json["messages"]!.AsArray().Select(m => m!.AsObject()).ToList(), json["next_cursor"]?.GetValue<string>());
    }

    public static async Task<(int Total, int Unread)> GetInboxCountAsync(this HttpClient client, TestAccount account)
    {
        using var response = await client.GetWithTokenAsync(Routes.InboxCount, account.Token);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var json = await response.ReadJsonAsync();
        return (json["inbox_count"]!.GetValue<int>(), json["unread_count"]!.GetValue<int>());
    }

    public static Task<HttpResponseMessage> DeleteMessageAsync(this HttpClient client, TestAccount account, long messageId) =>
        client.PostAsAsync(account, Routes.DeleteInboxMessage, new { message_id = messageId });
}
