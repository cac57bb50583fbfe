using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Http;

/// <summary>
/// A NUL character (PostgreSQL cannot hold one in text) is a 400 wherever it arrives, on every
/// provider alike, and nothing is stored.
/// </summary>
public sealed class NulCharacterEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Nul = "\u0000";

    [Test]
    public async Task Register_WithANulInTheDescription_Returns400AndCreatesNoAccount()
    {
        var username = Names.Unique("nul");
        using var response = await Client.PostJsonAsync(Routes.Register, new
        {
            username, email = $"{username}@example.com", password = ApiClientExtensions.DefaultPassword, description = $"a{Nul}b",
        });
        using var profile = await Client.GetAsync(Routes.User(username));

        var problem = await response.ShouldBeProblemAsync(400);
        Assert.That(problem["errors"]!.AsObject().ContainsKey("description"), Is.True, problem.ToJsonString());
        Assert.That((int)profile.StatusCode, Is.EqualTo(404));
    }

    [Test]
    public async Task Register_WithANulInTheUsername_Returns400NamingTheField()
    {
        using var response = await Client.RegisterAsync($"ann{Nul}x", email: "nul@example.com");

        await response.ShouldBeProblemAsync(400, "'username' is malformed or has the wrong type");
    }

    [Test]
    public async Task Login_WithANulInTheUsername_Returns400()
    {
        using var response = await Client.LoginAsync($"ann{Nul}");

        await response.ShouldBeProblemAsync(400);
    }

    [Test]
    public async Task CreatePost_WithANulInTheContent_Returns400AndStoresNothing()
    {
        var author = await Client.RegisterAndLoginAsync();

        using var response = await Client.PostAsAsync(author, Routes.CreatePost, new { content = $"hello{Nul}world" });

        await response.ShouldBeProblemAsync(400);
        Assert.That((await Client.GetStatsAsync(author.Username)).Posts, Is.Zero);
    }

    [Test]
    public async Task EditProfile_WithANulInTheDescription_Returns400AndKeepsTheProfile()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await Client.SendWithTokenAsync(HttpMethod.Patch, Routes.Me, account.Token, new { description = $"x{Nul}" });
        using var profile = await Client.GetAsync(Routes.User(account.Username));

        await response.ShouldBeProblemAsync(400);
        Assert.That((await profile.ReadJsonAsync())["description"], Is.Null);
    }

    [Test]
    public async Task Follow_WithANulInTheUsername_Returns400()
    {
        var follower = await Client.RegisterAndLoginAsync();

        using var response = await Client.PostAsAsync(follower, Routes.Follow, new { username = $"bob{Nul}" });

        await response.ShouldBeProblemAsync(400);
    }

    [TestCase("/api/get_posts/ann?cursor=%00")]
    [TestCase("/api/usercount?x%00=1")]
    public async Task Get_WithANulInTheQuery_Returns400NamingIt(string path)
    {
        using var response = await Client.GetAsync(path);

        await response.ShouldBeProblemAsync(400, "the request contains a NUL character");
    }

    [Test]
    public async Task CheckFollow_WithANulInTheQuery_Returns400NamingIt()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await Client.GetWithTokenAsync(Routes.CheckFollow($"ann{Nul}"), account.Token);

        await response.ShouldBeProblemAsync(400, "the request contains a NUL character");
    }
}
