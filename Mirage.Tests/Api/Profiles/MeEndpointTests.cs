using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Profiles;

public sealed class MeEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [TestCase("")]
    [TestCase("Bearer ")]
    [TestCase("bearer ")]
    public async Task Me_WithRawOrBearerToken_Returns200OwnProfileWithEmail(string scheme)
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await Client.GetWithTokenAsync(Routes.Me, scheme + account.Token);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await response.ReadJsonAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(body["username"]!.GetValue<string>(), Is.EqualTo(account.Username));
            Assert.That(body["email"]!.GetValue<string>(), Is.EqualTo(account.Email));
            Assert.That(body["stats"]!["followers"]!.GetValue<int>(), Is.Zero);
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        }
    }

    [Test]
    public async Task Me_WithoutToken_Returns401ProblemWithChallenge()
    {
        using var response = await Client.GetAsync(Routes.Me);

        await response.ShouldBeProblemAsync(401, "authentication required");
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer"));
    }

    [TestCase("made-up-token")]
    [TestCase("Bearer made-up-token")]
    [TestCase("Bearer")]
    public async Task Me_WithUnknownToken_Returns401InvalidToken(string authorization)
    {
        using var response = await Client.GetWithTokenAsync(Routes.Me, authorization);

        await response.ShouldBeProblemAsync(401, "invalid token");
        Assert.That(response.Headers.WwwAuthenticate, Is.Not.Empty);
    }
}
