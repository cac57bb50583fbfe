using System.Net;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Http;

/// <summary>Odd ids, values and lengths get the contract's own answers, never the framework's generic ones.</summary>
public sealed class MalformedSocialInputEndpointTests : ProviderIndependentApiTest
{
    [TestCase("/api/get_post_by_id/abc")]
    [TestCase("/api/get_post_by_id/9223372036854775808")]
    [TestCase("/api/get_replies/abc")]
    public async Task PostPath_WithNonNumericId_Returns404PostNotFound(string path)
    {
        using var response = await Client.GetAsync(path);

        await response.ShouldBeProblemAsync(404, "post not found");
    }

    [Test]
    public async Task RevokeSession_WithNonGuidId_Returns404SessionNotFound()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await Client.SendWithTokenAsync(HttpMethod.Delete, "/api/sessions/not-a-guid", account.Token);

        await response.ShouldBeProblemAsync(404, "session not found");
    }

    [TestCase("1")]
    [TestCase("[\"up\"]")]
    [TestCase("{}")]
    public async Task Vote_WithVoteTypeOfAnotherJsonType_Returns400ContractMessage(string voteType)
    {
        var account = await Client.RegisterAndLoginAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, Routes.VotePost)
        {
            Content = new StringContent($"{{\"post_id\":1,\"vote_type\":{voteType}}}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", account.Token);

        using var response = await Client.SendAsync(request);

        await response.ShouldBeProblemAsync(400, "you can only upvote or downvote");
    }

    [Test]
    public async Task CreatePost_WithOneCharacterAndThousandsOfSpaces_IsOneCharacterAfterTrimming()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await Client.PostAsAsync(account, Routes.CreatePost, new { content = "x" + new string(' ', 9_000) });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await response.ReadJsonAsync())["post"]!["content"]!.GetValue<string>(), Is.EqualTo("x"));
    }

    [Test]
    public async Task CreatePost_WithOneLetterAndThousandsOfCombiningMarks_Returns400()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await Client.PostAsAsync(account, Routes.CreatePost, new { content = "e" + new string('\u0301', 10_000) });

        await response.ShouldBeProblemAsync(400, "post content cannot exceed 512 characters");
    }

    [Test]
    public async Task PostList_WithNonNumericLimit_NamesTheFieldInSnakeCase()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await Client.GetAsync($"{Routes.Posts(account.Username)}?limit=abc");

        var problem = await response.ShouldBeProblemAsync(400, "'abc' is not a valid value for limit");
        Assert.That(problem["errors"]!["limit"], Is.Not.Null);
    }

    [TestCase("https://img.example.com/a b.png")]
    [TestCase("https://img.example.com/a\".png")]
    [TestCase("https://img.example.com/a).png")]
    public async Task PatchMe_WithUrlThatCouldBreakOutOfCss_Returns400(string url)
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await Client.SendWithTokenAsync(HttpMethod.Patch, Routes.Me, account.Token, new { background_image = url });

        await response.ShouldBeProblemAsync(400, "background_image must be an absolute http or https URL of at most 2048 characters");
    }
}
