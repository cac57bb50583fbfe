using System.Net.Http.Json;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Sessions;

public sealed class AuthenticationRequiredEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [TestCase("POST", Routes.Follow)]
    [TestCase("POST", Routes.Unfollow)]
    [TestCase("GET", "/api/check_follow?username=anyone")]
    [TestCase("POST", Routes.CreatePost)]
    [TestCase("POST", Routes.DeletePost)]
    [TestCase("POST", Routes.VotePost)]
    [TestCase("POST", Routes.UnvotePost)]
    [TestCase("POST", Routes.ReplyToPost)]
    [TestCase("GET", Routes.Feed)]
    public async Task SocialAction_WithoutToken_Returns401WithChallenge(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { username = "anyone", content = "hi", post_id = 1, vote_type = "up" });
        }

        using var response = await Client.SendAsync(request);

        await response.ShouldBeProblemAsync(401, "authentication required");
        Assert.That(response.Headers.WwwAuthenticate, Is.Not.Empty);
    }

    [TestCase("POST", Routes.Follow)]
    [TestCase("POST", Routes.CreatePost)]
    [TestCase("GET", Routes.Feed)]
    public async Task SocialAction_WithUnknownToken_Returns401(string method, string path)
    {
        using var response = await Client.SendWithTokenAsync(new HttpMethod(method), path, "Bearer not-a-real-token", method == "POST" ? new { username = "anyone", content = "hi" } : null);

        await response.ShouldBeProblemAsync(401);
    }
}
