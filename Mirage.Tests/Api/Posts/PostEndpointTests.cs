using System.Net;
using System.Text.Json.Nodes;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Posts;

public sealed class PostEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    /// <summary>Thumbs up with a skin tone: one character as a person sees it, four UTF-16 units.</summary>
    private const string Emoji = "👍🏽";

    private TestAccount _author = null!;

    [OneTimeSetUp]
    public async Task RegisterAuthor() => _author = await Client.RegisterAndLoginAsync();

    [Test]
    public async Task CreatePost_WithContent_Returns201WithThePostAndCountsItInStats()
    {
        var author = await Client.RegisterAndLoginAsync();

        using var response = await Client.PostAsAsync(author, Routes.CreatePost, new { content = "first light" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var json = await response.ReadJsonAsync();
        var post = json["post"]!.AsObject();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json["message"]!.GetValue<string>(), Is.EqualTo("post created"));
            Assert.That(post.Select(p => p.Key), Is.EquivalentTo(new[] { "id", "username", "content", "created_at", "upvotes", "downvotes", "reply_count" }));
            Assert.That(post["username"]!.GetValue<string>(), Is.EqualTo(author.Username));
            Assert.That(post["content"]!.GetValue<string>(), Is.EqualTo("first light"));
            Assert.That(post["created_at"]!.GetValue<string>(), Does.EndWith("Z"));
            Assert.That(post["created_at"]!.GetValue<DateTime>(), Is.EqualTo(DateTime.UtcNow).Within(TimeSpan.FromMinutes(1)));
            Assert.That(new[] { post["upvotes"], post["downvotes"], post["reply_count"] }.Select(n => n!.GetValue<int>()), Is.All.Zero);
        }

        Assert.That((await Client.GetStatsAsync(author.Username)).Posts, Is.EqualTo(1));
    }

    [TestCase("{}")]
    [TestCase("""{"content":"  \n\t "}""")]
    public async Task CreatePost_WithNothingInIt_Returns400NothingToPost(string body)
    {
        var before = await Client.GetStatsAsync(_author.Username);

        using var response = await Client.PostAsAsync(_author, Routes.CreatePost, JsonNode.Parse(body)!);

        await response.ShouldBeProblemAsync(400, "nothing to post");
        Assert.That(await Client.GetStatsAsync(_author.Username), Is.EqualTo(before));
    }

    [Test]
    public async Task CreatePost_Of512Characters_Returns201()
    {
        var content = new string('a', 512);

        using var response = await Client.PostAsAsync(_author, Routes.CreatePost, new { content });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await response.ReadJsonAsync())["post"]!["content"]!.GetValue<string>(), Is.EqualTo(content));
    }

    [Test]
    public async Task CreatePost_Of513Characters_Returns400TooLong()
    {
        using var response = await Client.PostAsAsync(_author, Routes.CreatePost, new { content = new string('a', 513) });

        await response.ShouldBeProblemAsync(400, "post content cannot exceed 512 characters");
    }

    [Test]
    public async Task CreatePost_Of512EmojiWithSkinTones_Returns201AndTheSameText()
    {
        var content = string.Concat(Enumerable.Repeat(Emoji, 512));

        using var response = await Client.PostAsAsync(_author, Routes.CreatePost, new { content });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var id = (await response.ReadJsonAsync())["post"]!["id"]!.GetValue<long>();
        Assert.That((await Client.GetPostAsync(id))["content"]!.GetValue<string>(), Is.EqualTo(content));
    }

    [Test]
    public async Task CreatePost_Of513EmojiWithSkinTones_Returns400TooLong()
    {
        using var response = await Client.PostAsAsync(_author, Routes.CreatePost, new { content = string.Concat(Enumerable.Repeat(Emoji, 513)) });

        await response.ShouldBeProblemAsync(400, "post content cannot exceed 512 characters");
    }

    [Test]
    public async Task CreatePost_WithMarkupAndQuotes_ReturnsItExactlyAsWrittenAsJsonData()
    {
        const string content = """<script>alert("hi")</script> & 'single' \ back`tick` <img src=x onerror=alert(1)>""";

        using var response = await Client.PostAsAsync(_author, Routes.CreatePost, new { content });

        var id = (await response.ReadJsonAsync())["post"]!["id"]!.GetValue<long>();
        using var read = await Client.GetAsync(Routes.Post(id));
        var raw = await read.Content.ReadAsStringAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(JsonNode.Parse(raw)!["content"]!.GetValue<string>(), Is.EqualTo(content));
            Assert.That(read.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"), "data, never a page");
            Assert.That(read.Headers.GetValues("X-Content-Type-Options"), Does.Contain("nosniff"), "browsers may not sniff it as HTML");
        }
    }

    [Test]
    public async Task GetPostById_OfAPost_Returns200WithItsFields()
    {
        var id = await Client.CreatePostAsync(_author, "read me back");

        var post = await Client.GetPostAsync(id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(post.Select(p => p.Key), Is.EquivalentTo(new[] { "id", "username", "content", "created_at", "upvotes", "downvotes", "reply_count" }));
            Assert.That(post["id"]!.GetValue<long>(), Is.EqualTo(id));
            Assert.That(post["username"]!.GetValue<string>(), Is.EqualTo(_author.Username));
            Assert.That(post["content"]!.GetValue<string>(), Is.EqualTo("read me back"));
        }
    }

    [Test]
    public async Task GetPostById_OfUnknownPost_Returns404PostNotFound()
    {
        using var response = await Client.GetAsync(Routes.Post(987_654_321));

        await response.ShouldBeProblemAsync(404, "post not found");
    }
}
