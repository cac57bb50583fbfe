using System.Net;
using System.Text;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;
using static Mirage.Tests.Api.Support.FileClientExtensions;

namespace Mirage.Tests.Api.Files;

/// <summary>POST /api/upload_file: the contract's checks in its order, and what a successful upload leaves.</summary>
public sealed class FileUploadEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private static readonly byte[] Text = Encoding.UTF8.GetBytes("meeting notes\n");

    private TestAccount _member = null!;
    private TestAccount _outsider = null!;
    private long _room;

    [OneTimeSetUp]
    public async Task OpenRoom()
    {
        _member = await Client.RegisterAndLoginAsync();
        _outsider = await Client.RegisterAndLoginAsync();
        _room = await Client.OpenRoomAsync(_member);
    }

    [Test]
    public async Task Upload_AsTheWebClientSendsIt_Returns200WithAnAbsoluteUrlThatServesTheFileAndIsPostedInTheRoom()
    {
        using var response = await Client.UploadAsync(_member, WebClientForm(_room, Text, "notes.txt"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var json = await response.ReadJsonAsync();
        var url = json["file_url"]!.GetValue<string>();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json.Select(p => p.Key), Is.EquivalentTo(new[] { "message", "file_url" }));
            Assert.That(json["message"]!.GetValue<string>(), Is.EqualTo("File uploaded successfully"));
            Assert.That(Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.AbsolutePath.StartsWith("/uploads/", StringComparison.Ordinal), url);
            Assert.That(await Client.RoomMessageTextsAsync(_member, _room), Does.Contain(url), "the link is posted into the room");
        }

        using var served = await Client.GetAsync(new Uri(url).PathAndQuery);
        Assert.That(await served.Content.ReadAsByteArrayAsync(), Is.EqualTo(Text));
    }

    [Test]
    public async Task Upload_WithTheRoomIdFirstOrInTheQuery_Succeeds()
    {
        using var roomFirst = await Client.UploadAsync(_member, Multipart(Field("room_id", _room.ToString()), FilePart(Text)));
        using var inQuery = await Client.UploadAsync(_member, Multipart(FilePart(Text)), Routes.UploadFileToRoom(_room));

        Assert.That(roomFirst.StatusCode, Is.EqualTo(HttpStatusCode.OK), await roomFirst.Content.ReadAsStringAsync());
        Assert.That(inQuery.StatusCode, Is.EqualTo(HttpStatusCode.OK), await inQuery.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Upload_WithoutAToken_Returns401BeforeAnythingElse()
    {
        using var response = await Client.PostAsync(Routes.UploadFile, Multipart());

        await response.ShouldBeProblemAsync(401);
        Assert.That(response.Headers.WwwAuthenticate, Is.Not.Empty);
    }

    [Test]
    public async Task Upload_WithoutARoomId_Returns400NoRoomIdProvided_EvenWithNoFileEither()
    {
        using var response = await Client.UploadAsync(_member, Multipart());

        await response.ShouldBeProblemAsync(400, "No room ID provided");
    }

    [TestCase("")]
    [TestCase("   ")]
    public async Task Upload_WithABlankRoomId_Returns400NoRoomIdProvided(string roomId)
    {
        using var response = await Client.UploadAsync(_member, Multipart(FilePart(Text), Field("room_id", roomId)));

        await response.ShouldBeProblemAsync(400, "No room ID provided");
    }

    [TestCase("999999999")]
    [TestCase("abc")]
    [TestCase("-1")]
    [TestCase("1e3")]
    [TestCase("99999999999999999999999999")]
    public async Task Upload_ToARoomThatDoesNotExist_Returns404RoomNotFound(string roomId)
    {
        using var response = await Client.UploadAsync(_member, Multipart(Field("room_id", roomId)));

        await response.ShouldBeProblemAsync(404, "room not found");
    }

    [Test]
    public async Task Upload_ByANonMember_Returns403NotAMember_BeforeLookingForTheFile()
    {
        using var response = await Client.UploadAsync(_outsider, Multipart(Field("room_id", _room.ToString())));

        await response.ShouldBeProblemAsync(403, "You are not a member of this room");
    }

    [Test]
    public async Task Upload_ByANonMemberAsTheWebClientSendsIt_Returns403AndKeepsNothing()
    {
        var before = (await Client.RoomMessageTextsAsync(_member, _room)).Count;

        using var response = await Client.UploadAsync(_outsider, WebClientForm(_room, Text));

        await response.ShouldBeProblemAsync(403, "You are not a member of this room");
        Assert.That(await Client.RoomMessageTextsAsync(_member, _room), Has.Count.EqualTo(before));
        Assert.That(Directory.Exists(Factory.FilesDirectory) ? Directory.GetFiles(Factory.FilesDirectory) : [], Has.None.Contains(".part"));
    }

    [Test]
    public async Task Upload_WithoutAFilePart_Returns400NoFileProvided()
    {
        using var fieldNamedFile = await Client.UploadAsync(_member, Multipart(Field("room_id", _room.ToString()), Field("file", "not a file")));
        using var noFile = await Client.UploadAsync(_member, Multipart(Field("room_id", _room.ToString())));

        await fieldNamedFile.ShouldBeProblemAsync(400, "No file provided");
        await noFile.ShouldBeProblemAsync(400, "No file provided");
    }

    [TestCase("filename=\"\"")]
    [TestCase("filename=\"   \"")]
    [TestCase("filename*=UTF-8''%00%01")]
    public async Task Upload_WithAnEmptyFileName_Returns400NoFileNameProvided(string fileName)
    {
        using var response = await Client.UploadAsync(_member, Multipart(Field("room_id", _room.ToString()), FilePartWith(Text, fileName)));

        await response.ShouldBeProblemAsync(400, "No file name provided");
    }

    [Test]
    public async Task Upload_WithoutABoundary_Returns400()
    {
        var content = new ByteArrayContent(Text);
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data");

        using var response = await Client.UploadAsync(_member, content, Routes.UploadFileToRoom(_room));

        await response.ShouldBeProblemAsync(400, "the upload is not a readable multipart/form-data body");
    }

    [TestCase("application/json", "{\"room_id\":1}")]
    [TestCase("text/plain", "hello")]
    public async Task Upload_OfSomethingElseThanAForm_Returns400(string contentType, string body)
    {
        using var response = await Client.UploadAsync(_member, new StringContent(body, Encoding.UTF8, contentType));

        await response.ShouldBeProblemAsync(400, "the upload is not a readable multipart/form-data body");
    }

    [Test]
    public async Task Upload_OfATruncatedForm_Returns400()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhalf a fi"));
        content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={Boundary}");

        using var response = await Client.UploadAsync(_member, content, Routes.UploadFileToRoom(_room));

        await response.ShouldBeProblemAsync(400, "the upload is not a readable multipart/form-data body");
    }
}
