using System.Net;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.DirectMessages;

/// <summary>The per-user limit on sending, switched on with a small number.</summary>
public sealed class SendMessageRateLimitEndpointTests : ProviderIndependentApiTest
{
    private const int Limit = 3;

    protected override MirageApiFactory CreateFactory() => new(Provider, settings: new Dictionary<string, string>
    {
        ["RateLimiting:Enabled"] = "true",
        ["RateLimiting:SendMessage:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimiting:SendMessage:Window"] = "00:10:00",
    });

    [Test]
    public async Task Send_OverTheUserLimit_Returns429WithRetryAfterAndStoresNothing()
    {
        var (ann, bob) = (await Client.RegisterAndLoginAsync(), await Client.RegisterAndLoginAsync());
        for (var i = 0; i < Limit; i++)
        {
            await Client.SendMessageIdAsync(ann, bob.Username);
        }

        using var refused = await Client.PostAsAsync(ann, Routes.SendInboxMessage, new { recipient = bob.Username, message = "one too many" });

        await refused.ShouldBeProblemAsync(429, "too many requests, try again later");
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        Assert.That((await Client.GetInboxCountAsync(bob)).Total, Is.EqualTo(Limit));
    }

    [Test]
    public async Task Send_WhenAnotherUserOnTheSameAddressIsLimited_StillWorks()
    {
        var (cat, dan) = (await Client.RegisterAndLoginAsync(), await Client.RegisterAndLoginAsync());
        for (var i = 0; i <= Limit; i++)
        {
            using var response = await Client.PostAsAsync(cat, Routes.SendInboxMessage, new { recipient = dan.Username, message = "hi" });
        }

        using var other = await Client.PostAsAsync(dan, Routes.SendInboxMessage, new { recipient = cat.Username, message = "hi back" });

        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Send_WithoutToken_Returns401NotTheLimit()
    {
        for (var i = 0; i <= Limit; i++)
        {
            using var response = await Client.PostJsonAsync(Routes.SendInboxMessage, new { recipient = "anyone", message = "hi" });
            await response.ShouldBeProblemAsync(401);
        }
    }
}
