using System.Net;
using System.Net.Http.Json;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Accounts;

public sealed class LogoutEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task Logout_WithTokenInBody_Returns200AndTheTokenStopsWorking()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await Client.PostJsonAsync(Routes.Logout, new { token = account.Token });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadJsonAsync())["message"]!.GetValue<string>(), Is.EqualTo("logged out successfully"));
        using var me = await Client.GetWithTokenAsync(Routes.Me, account.Token);
        await me.ShouldBeProblemAsync(401, "invalid token");
        Assert.That(me.Headers.WwwAuthenticate.ToString(), Does.Contain("invalid_token"));
    }

    [TestCase("")]
    [TestCase("Bearer ")]
    public async Task Logout_WithTokenInHeaderOnly_Returns200AndTheTokenStopsWorking(string scheme)
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await Client.LogoutWithHeaderAsync(scheme + account.Token);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var me = await Client.GetWithTokenAsync(Routes.Me, account.Token);
        Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Logout_WithEmptyBodyTokenAndHeaderToken_UsesTheHeader()
    {
        var account = await Client.RegisterAndLoginAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, Routes.Logout)
        {
            Content = JsonContent.Create(new { token = "" }),
        };
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {account.Token}");

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Logout_WithNoTokenAnywhere_Returns400NoTokenProvided()
    {
        using var response = await Client.PostAsync(Routes.Logout, content: null);

        await response.ShouldBeProblemAsync(400, "no token provided");
    }

    [Test]
    public async Task Logout_WithEmptyJsonObject_Returns400NoTokenProvided()
    {
        using var response = await Client.PostRawAsync(Routes.Logout, "{}");

        await response.ShouldBeProblemAsync(400, "no token provided");
    }

    [Test]
    public async Task Logout_WithUnknownToken_Returns401InvalidToken()
    {
        using var response = await Client.PostJsonAsync(Routes.Logout, new { token = "not-a-real-token" });

        await response.ShouldBeProblemAsync(401, "invalid token");
    }

    [Test]
    public async Task Logout_Twice_SecondReturns401InvalidToken()
    {
        var account = await Client.RegisterAndLoginAsync();
        using var first = await Client.PostJsonAsync(Routes.Logout, new { token = account.Token });

        using var second = await Client.PostJsonAsync(Routes.Logout, new { token = account.Token });

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await second.ShouldBeProblemAsync(401, "invalid token");
        Assert.That(second.Headers.WwwAuthenticate, Is.Not.Empty);
    }
}
