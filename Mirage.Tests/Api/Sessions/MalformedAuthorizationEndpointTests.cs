using Mirage.Tests.Api.Support;


namespace Mirage.Tests.Api.Sessions;

public sealed class MalformedAuthorizationEndpointTests : ProviderIndependentApiTest
{
    private static IEnumerable<string> MalformedHeaders()
    {
        yield return "Bearer";
        yield return "Bearer ";
        yield return "Bearer a b";
        yield return "Basic dXNlcjpwYXNz";
        yield return "Bearer " + new string('x', 10 * 1024);
        yield return "\u00e9\u00e8\u00ea";
    }

    [TestCaseSource(nameof(MalformedHeaders))]
    public async Task Me_WithMalformedAuthorizationHeader_Returns401Problem(string authorization)
    {
        using var response = await Client.GetWithTokenAsync(Routes.Me, authorization);

        await response.ShouldBeProblemAsync(401);
        Assert.That(response.Headers.WwwAuthenticate, Is.Not.Empty);
    }

    [Test]
    public async Task Me_WithTokenInQueryString_Returns401()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var byQuery = await Client.GetAsync($"{Routes.Me}?token={account.Token}");
        using var byAccessToken = await Client.GetAsync($"{Routes.Me}?access_token={account.Token}");

        await byQuery.ShouldBeProblemAsync(401, "authentication required");
        await byAccessToken.ShouldBeProblemAsync(401, "authentication required");
    }
}
