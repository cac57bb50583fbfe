using System.Net;
using System.Text.Json.Nodes;
using Mirage.Domain.Feed;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Feed;

/// <summary>
/// Its own application with a clock the test moves: posts show in the feed at once, while the trending
/// hashtags, shared between feeds, are counted again once <see cref="TrendingTopics.Lifetime"/> has passed.
/// </summary>
public sealed class FeedFreshnessEndpointTests(DatabaseProvider provider) : ClockedApiTest(provider)
{
    [Test]
    public async Task Feed_ShowsAPostWrittenJustBeforeIt()
    {
        var reader = await Client.RegisterAndLoginAsync();
        var writer = await Client.RegisterAndLoginAsync();
        await Client.FollowAsync(reader, writer.Username);
        await FeedAsync(reader);

        var id = await Client.CreatePostAsync(writer, "just now");

        Assert.That((await FeedAsync(reader))["posts"]!.AsArray().Select(p => p!["id"]!.GetValue<long>()), Does.Contain(id));
    }

    [Test]
    public async Task TrendingTopics_AreCountedAgainOnceTheirLifetimeHasPassed()
    {
        var reader = await Client.RegisterAndLoginAsync();
        var writer = await Client.RegisterAndLoginAsync();
        await Client.CreatePostAsync(writer, "about #first");
        Clock.Advance(TrendingTopics.Lifetime);
        Assert.That(Topics(await FeedAsync(reader)), Does.Contain("#first"));

        await Client.CreatePostAsync(writer, "#second #second");
        await Client.CreatePostAsync(writer, "more #second");
        var withinLifetime = Topics(await FeedAsync(reader));
        Clock.Advance(TrendingTopics.Lifetime);
        var afterLifetime = Topics(await FeedAsync(reader));

        Assert.That(withinLifetime, Does.Not.Contain("#second"), "shared for the lifetime: not counted again for every feed");
        Assert.That(afterLifetime.First(), Is.EqualTo("#second"));
    }

    private static List<string> Topics(JsonObject feed) =>
        feed["trending_topics"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();

    private async Task<JsonObject> FeedAsync(TestAccount account)
    {
        using var response = await Client.GetWithTokenAsync(Routes.Feed, account.Token);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await response.ReadJsonAsync();
    }
}
