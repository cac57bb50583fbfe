using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.DirectMessages;

/// <summary>With rate limits off (as for load tests), the per-user send limit is off too.</summary>
public sealed class SendMessageRateLimitsDisabledEndpointTests : ProviderIndependentApiTest
{
    protected override MirageApiFactory CreateFactory() => new(Provider, settings: new Dictionary<string, string>
    {
        ["RateLimiting:Enabled"] = "false",
        ["RateLimiting:SendMessage:PermitLimit"] = "1",
    });

    [Test]
    public async Task Send_ManyTimesWithLimitsOff_IsNeverThrottled()
    {
        var (ann, bob) = (await Client.RegisterAndLoginAsync(), await Client.RegisterAndLoginAsync());

        for (var i = 0; i < 5; i++)
        {
            await Client.SendMessageIdAsync(ann, bob.Username);
        }

        Assert.That((await Client.GetInboxCountAsync(bob)).Total, Is.EqualTo(5));
    }
}
