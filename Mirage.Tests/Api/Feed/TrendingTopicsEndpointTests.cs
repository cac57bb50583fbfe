using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Feed;

/// <summary>Its own application, so only these posts' hashtags can trend.</summary>
public sealed class TrendingTopicsEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task Feed_NamesTheThreeMostUsedHashtagsLowerCasedIgnoringLetterCase()
    {
        var writer = await Client.RegisterAndLoginAsync();
        var reader = await Client.RegisterAndLoginAsync();
        string[] contents =
        [
            "#Alpha is the best", "morning #alpha", "Hello #ALPHA, world!", "#alpha and #beta", "so #AlPhA.",
            "#beta again", "more #Beta",
            "#gamma", "#Gamma #delta",
            "a # alone, an email@example.com and c# are not tags",
        ];
        foreach (var content in contents)
        {
            await Client.CreatePostAsync(writer, content);
        }

        using var response = await Client.GetWithTokenAsync(Routes.Feed, reader.Token);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var topics = (await response.ReadJsonAsync())["trending_topics"]!.AsArray().Select(t => t!.GetValue<string>());
        Assert.That(topics, Is.EqualTo(new[] { "#alpha", "#beta", "#gamma" }));
    }
}
