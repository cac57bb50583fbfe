using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;
using static Mirage.Tests.Api.Support.FileClientExtensions;

namespace Mirage.Tests.Api.Files;

/// <summary>GET /uploads/{id}: the type from the bytes, headers that keep a file from acting on Mirage's origin, the name kept.</summary>
public sealed class FileServingEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private TestAccount _member = null!;
    private long _room;

    [OneTimeSetUp]
    public async Task OpenRoom()
    {
        _member = await Client.RegisterAndLoginAsync();
        _room = await Client.OpenRoomAsync(_member);
    }

    [TestCase(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "image/png")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16 }, "image/jpeg")]
    [TestCase(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0 }, "image/gif")]
    [TestCase(new byte[] { 0x52, 0x49, 0x46, 0x46, 8, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50 }, "image/webp")]
    [TestCase(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "application/pdf")]
    public async Task Get_AKnownKind_IsServedInlineWithItsDetectedTypeAndSandboxed(byte[] bytes, string type)
    {
        var id = await Client.UploadForIdAsync(_member, _room, bytes, "picture.bin");

        using var response = await Client.GetAsync(Routes.SharedFile(id));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(type));
            Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("inline"));
            AssertSandboxed(response);
            Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(bytes));
        }
    }

    [Test]
    public async Task Get_AnHtmlPage_IsPlainText_NotWhatTheClientClaimed()
    {
        var id = await Client.UploadForIdAsync(_member, _room, Encoding.UTF8.GetBytes("<script>alert(document.cookie)</script>\r\n\tété"), "page.html");

        using var response = await Client.GetAsync(Routes.SharedFile(id));

        Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("text/plain; charset=utf-8"));
        AssertSandboxed(response);
    }

    [TestCase(new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03 })]
    [TestCase(new byte[] { 0x68, 0x69, 0xC3 })]
    [TestCase(new byte[] { 0x3C, 0x73, 0x76, 0x67, 0x1B })]
    public async Task Get_AnythingElse_IsAnOctetStreamAttachment(byte[] bytes)
    {
        var id = await Client.UploadForIdAsync(_member, _room, bytes, "tool.exe");

        using var response = await Client.GetAsync(Routes.SharedFile(id));

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/octet-stream"));
        Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        AssertSandboxed(response);
    }

    [TestCase("filename*=UTF-8''r%C3%A9sum%C3%A9%20%22final%22%3B%20v2.pdf", "résumé \"final\"; v2.pdf")]
    [TestCase("filename=\"../../etc/passwd\"", "../../etc/passwd")]
    [TestCase("filename=\"..\\..\\boot.ini\"", "..\\..\\boot.ini")]
    public async Task Get_KeepsTheOriginalNameForDownloads_OnlyAsAName(string parameter, string expected)
    {
        var id = await UploadForIdAsync(FilePartWith([1, 2, 3], parameter));

        using var response = await Client.GetAsync(Routes.SharedFile(id));

        Assert.That(response.Content.Headers.ContentDisposition?.FileNameStar, Is.EqualTo(expected));
        Assert.That(Directory.GetFiles(Factory.FilesDirectory).Select(Path.GetFileName), Does.Contain(id), "stored under its id only");
    }

    [TestCase("filename*=UTF-8''a%00b%0D%0ASet-Cookie%3A%20x.txt", "abSet-Cookie: x.txt")]
    [TestCase("filename*=UTF-8''tab%09name.txt", "tabname.txt")]
    public async Task Get_NameWithControlCharacters_HasThemRemoved_SoNoHeaderCanBeInjected(string parameter, string expected)
    {
        var id = await UploadForIdAsync(FilePartWith([1, 2], parameter));

        using var response = await Client.GetAsync(Routes.SharedFile(id));

        Assert.That(response.Content.Headers.ContentDisposition?.FileNameStar, Is.EqualTo(expected));
        Assert.That(response.Headers.Contains("Set-Cookie"), Is.False);
    }

    [Test]
    public async Task Get_AHugeName_IsCutTo255Characters()
    {
        var id = await Client.UploadForIdAsync(_member, _room, [1], new string('n', 5000) + ".txt");

        using var response = await Client.GetAsync(Routes.SharedFile(id));

        Assert.That(response.Content.Headers.ContentDisposition?.FileNameStar, Is.EqualTo(new string('n', 255)));
    }

    [TestCase("AAAAAAAAAAAAAAAAAAAAAA")]
    [TestCase("short")]
    [TestCase("..%2F..%2Fappsettings.json")]
    [TestCase("AAAAAAAAAAAAAAAAAAAA..")]
    public async Task Get_AnUnknownOrMalformedId_Returns404FileNotFound(string id)
    {
        using var response = await Client.GetAsync("/uploads/" + id);

        await response.ShouldBeProblemAsync(404, "file not found");
    }

    [Test]
    public async Task Get_ARange_Returns206WithThoseBytes_AndHeadReturnsTheLength()
    {
        var id = await Client.UploadForIdAsync(_member, _room, Encoding.UTF8.GetBytes("0123456789"));
        using var request = new HttpRequestMessage(HttpMethod.Get, Routes.SharedFile(id));
        request.Headers.Range = new RangeHeaderValue(2, 5);

        using var partial = await Client.SendAsync(request);
        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, Routes.SharedFile(id)));

        Assert.That(partial.StatusCode, Is.EqualTo(HttpStatusCode.PartialContent));
        Assert.That(await partial.Content.ReadAsStringAsync(), Is.EqualTo("2345"));
        Assert.That(head.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(head.Content.Headers.ContentLength, Is.EqualTo(10));
    }

    private async Task<string> UploadForIdAsync((string Name, string? FileNameParameter, byte[] Body) file)
    {
        using var uploaded = await Client.UploadAsync(_member, Multipart(Field("room_id", _room.ToString()), file));
        Assert.That(uploaded.StatusCode, Is.EqualTo(HttpStatusCode.OK), await uploaded.Content.ReadAsStringAsync());
        return new Uri((await uploaded.ReadJsonAsync())["file_url"]!.GetValue<string>()).Segments[^1];
    }

    private static void AssertSandboxed(HttpResponseMessage response)
    {
        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(response.Headers.GetValues("Content-Security-Policy"), Is.EqualTo(new[] { "default-src 'none'; sandbox" }));
    }
}
