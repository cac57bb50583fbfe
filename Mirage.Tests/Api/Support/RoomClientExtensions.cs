using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Mirage.Tests.Api.Support;

/// <summary>What a test does with chat rooms through the API; each helper asserts the success it needs.</summary>
public static class RoomClientExtensions
{
    public const string RoomPassword = "open sesame 42";

    /// <summary>Room settings for fixtures that make many public rooms in one database: the cap stays out of the way.</summary>
    public static readonly IReadOnlyDictionary<string, string> ManyPublicRooms = new Dictionary<string, string>
    {
        ["Rooms:MaxPublicRooms"] = "100000",
    };

    /// <summary>Posts <paramref name="json"/> exactly as written, with <paramref name="account"/>'s token.</summary>
    public static async Task<HttpResponseMessage> PostRawAsAsync(this HttpClient client, TestAccount account, string path, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", account.Token);
        return await client.SendAsync(request);
    }

    public static async Task<long> CreateRoomAsync(this HttpClient client, TestAccount creator, string? name = null, bool isPrivate = false)
    {
        using var response = await client.PostAsAsync(
            creator, Routes.CreateRoom, new { room_name = name ?? Names.Unique("room"), is_private = isPrivate, password = isPrivate ? RoomPassword : null });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())["room_id"]!.GetValue<long>();
    }

    public static Task<HttpResponseMessage> JoinRoomAsync(this HttpClient client, TestAccount account, string name, string? password = null) =>
        client.PostAsAsync(account, Routes.JoinRoom, new { name, password });

    public static async Task JoinRoomOkAsync(this HttpClient client, TestAccount account, string name, string? password = null)
    {
        using var response = await client.JoinRoomAsync(account, name, password);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    public static Task<HttpResponseMessage> SendRoomMessageAsync(this HttpClient client, TestAccount sender, long roomId, string message) =>
        client.PostAsAsync(sender, Routes.SendRoomMessage, new { room_id = roomId, message });

    public static async Task SendRoomMessageOkAsync(this HttpClient client, TestAccount sender, long roomId, string message)
    {
        using var response = await client.SendRoomMessageAsync(sender, roomId, message);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    public static async Task<List<JsonObject>> GetRoomMessagesAsync(this HttpClient client, TestAccount reader, long roomId, long? after = null)
    {
        using var response = await client.GetWithTokenAsync(Routes.RoomMessages(roomId, after), reader.Token);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())["messages"]!.AsArray().Select(m => m!.AsObject()).ToList();
    }

    public static async Task<List<string>> GetRoomMembersAsync(this HttpClient client, TestAccount reader, long roomId)
    {
        using var response = await client.GetWithTokenAsync(Routes.RoomMembers(roomId), reader.Token);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())["members"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
    }

    /// <summary>One page of a room list as <paramref name="reader"/> sees it: the items under <paramref name="key"/> and <c>next_cursor</c>.</summary>
    public static async Task<(List<JsonNode> Items, string? NextCursor)> GetRoomPageAsync(
        this HttpClient client, TestAccount reader, string path, string key)
    {
        using var response = await client.GetWithTokenAsync(path, reader.Token);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var json = await response.ReadJsonAsync();
        return (json[key]!.AsArray().Select(item => item!).ToList(), json["next_cursor"]?.GetValue<string>());
    }

    public static IEnumerable<string> Texts(this IEnumerable<JsonObject> messages) => messages.Select(m => m["message"]!.GetValue<string>());
}
