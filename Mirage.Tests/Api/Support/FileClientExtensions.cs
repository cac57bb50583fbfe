using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Infrastructure.Persistence;

namespace Mirage.Tests.Api.Support;

/// <summary>Uploading and fetching shared files, with forms written byte by byte so tests control every part.</summary>
public static class FileClientExtensions
{
    public const string Boundary = "mirage-test-boundary";

    /// <summary>A plain form field.</summary>
    public static (string Name, string? FileNameParameter, byte[] Body) Field(string name, string value) => (name, null, Encoding.UTF8.GetBytes(value));

    public static (string Name, string? FileNameParameter, byte[] Body) FilePart(byte[] bytes, string fileName = "note.txt") => ("file", $"filename=\"{fileName}\"", bytes);

    /// <summary>A file part with a raw disposition parameter, e.g. <c>filename*=UTF-8''a%00b.txt</c>.</summary>
    public static (string Name, string? FileNameParameter, byte[] Body) FilePartWith(byte[] bytes, string fileNameParameter) => ("file", fileNameParameter, bytes);

    /// <summary>A <c>multipart/form-data</c> body of <paramref name="parts"/>, in their order.</summary>
    public static HttpContent Multipart(params (string Name, string? FileNameParameter, byte[] Body)[] parts)
    {
        var body = new MemoryStream();
        foreach (var part in parts)
        {
            var fileName = part.FileNameParameter is null ? string.Empty : "; " + part.FileNameParameter;
            Write(body, $"--{Boundary}\r\nContent-Disposition: form-data; name=\"{part.Name}\"{fileName}\r\n");
            Write(body, part.FileNameParameter is null ? "\r\n" : "Content-Type: image/png\r\n\r\n");
            body.Write(part.Body);
            Write(body, "\r\n");
        }

        Write(body, $"--{Boundary}--\r\n");
        var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
        return content;
    }

    /// <summary>What the first web client sends: the file, then the room id.</summary>
    public static HttpContent WebClientForm(long roomId, byte[] bytes, string fileName = "note.txt") =>
        Multipart(FilePart(bytes, fileName), Field("room_id", roomId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, TestAccount account, HttpContent form, string path = Routes.UploadFile)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = form };
        request.Headers.TryAddWithoutValidation("Authorization", account.Token);
        return await client.SendAsync(request);
    }

    /// <summary>Uploads as the web client does and returns the file's id (the last segment of its URL).</summary>
    public static async Task<string> UploadForIdAsync(this HttpClient client, TestAccount account, long roomId, byte[] bytes, string fileName = "note.txt")
    {
        using var response = await client.UploadAsync(account, WebClientForm(roomId, bytes, fileName));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return new Uri((await response.ReadJsonAsync())["file_url"]!.GetValue<string>()).Segments[^1];
    }

    /// <summary>A private room (so the public-room cap stays out of the way) with <paramref name="members"/> in it; the first creates it.</summary>
    public static async Task<long> OpenRoomAsync(this HttpClient client, params TestAccount[] members)
    {
        var name = Names.Unique("files");
        var roomId = await client.CreateRoomAsync(members[0], name, isPrivate: true);
        foreach (var member in members.Skip(1))
        {
            await client.JoinRoomOkAsync(member, name, RoomClientExtensions.RoomPassword);
        }

        return roomId;
    }

    /// <summary>The texts of the room's messages as <paramref name="member"/> reads them: uploads post their links there.</summary>
    public static async Task<List<string>> RoomMessageTextsAsync(this HttpClient client, TestAccount member, long roomId) =>
        (await client.GetRoomMessagesAsync(member, roomId)).Select(m => m["message"]!.GetValue<string>()).ToList();

    public static async Task<long> UserIdAsync(this MirageApiFactory factory, TestAccount account)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
        return await db.Users.Where(u => u.Username == account.Username).Select(u => u.Id).SingleAsync();
    }

    private static void Write(Stream body, string text) => body.Write(Encoding.UTF8.GetBytes(text));
}
