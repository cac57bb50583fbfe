using System.Diagnostics;
using System.Net;
using Mirage.Infrastructure.Persistence;

namespace Mirage.Tests.Api.Security;

/// <summary>A flood of logins gets fast 429s beyond the hashing bound, and other endpoints keep answering.</summary>
public sealed class PasswordHashingBoundEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    protected override MirageApiFactory CreateFactory() => new(Provider, settings: new Dictionary<string, string>
    {
        ["PasswordHashing:MaxConcurrent"] = "1",
        ["PasswordHashing:MaxQueued"] = "2",
    });

    [Test]
    public async Task Login_FloodOfConcurrentRequests_SomeGet429AndPingAndProfilesStillAnswer()
    {
        var account = await Client.RegisterAndLoginAsync();

        var flood = Enumerable.Range(0, 60).Select(_ => Client.LoginAsync(account.Username, "wrong but well formed")).ToList();
        var probes = new List<HttpStatusCode>();
        var watch = Stopwatch.StartNew();
        while (flood.Any(t => !t.IsCompleted) && watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            using var ping = await Client.GetAsync(Routes.Ping);
            using var profile = await Client.GetAsync(Routes.User(account.Username));
            probes.Add(ping.StatusCode);
            probes.Add(profile.StatusCode);
        }

        var responses = await Task.WhenAll(flood);
        var codes = responses.Select(r => r.StatusCode).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(codes, Has.Some.EqualTo(HttpStatusCode.TooManyRequests), "the queue is bounded");
            Assert.That(codes, Is.All.AnyOf(HttpStatusCode.TooManyRequests, HttpStatusCode.Unauthorized));
            Assert.That(
                responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).Select(r => r.Headers.RetryAfter),
                Is.All.Not.Null,
                "a refused client is told when to come back");
            Assert.That(probes, Is.Not.Empty.And.All.EqualTo(HttpStatusCode.OK), "other endpoints answered during the flood");
        }
    }
}
