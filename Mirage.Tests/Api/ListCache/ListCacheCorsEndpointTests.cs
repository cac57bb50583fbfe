using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.ListCache;

/// <summary>A kept list answers each origin with that origin's own CORS headers, not those of the first reader.</summary>
public sealed class ListCacheCorsEndpointTests() : ProviderIndependentApiTest
{
    private const string First = "https://one.example";
    private const string Second = "https://two.example";

    protected override MirageApiFactory CreateFactory() =>
        new(DatabaseProvider.Sqlite, settings: new Dictionary<string, string>
        {
            ["ListCache:Lifetime"] = "01:00:00",
            ["Cors:AllowedOrigins:0"] = First,
            ["Cors:AllowedOrigins:1"] = Second,
        });

    [Test]
    public async Task GetPosts_FromTwoOriginsAndNone_EachGetsItsOwnAllowedOrigin()
    {
        var ann = await Client.RegisterAndLoginAsync(Names.Unique("ann"));
        await Client.CreatePostAsync(ann);

        var first = await AllowedOriginAsync(First);
        var second = await AllowedOriginAsync(Second);
        var none = await AllowedOriginAsync(null);
        var firstAgain = await AllowedOriginAsync(First);

        Assert.That(new[] { first, second, none, firstAgain }, Is.EqualTo(new[] { First, Second, null, First }));

        async Task<string?> AllowedOriginAsync(string? origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Routes.Posts(ann.Username));
            if (origin is not null)
            {
                request.Headers.Add("Origin", origin);
            }

            using var response = await Client.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            return response.Header("Access-Control-Allow-Origin");
        }
    }
}
