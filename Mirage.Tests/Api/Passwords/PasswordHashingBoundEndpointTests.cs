using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mirage.Domain.Passwords;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Passwords;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Passwords;

/// <summary>
/// A flood of logins gets fast 429s beyond the hashing bound, and other endpoints keep answering.
/// Hashes cost what they cost in production: the bound only shows when a hash takes real time.
/// </summary>
public sealed class PasswordHashingBoundEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    protected override MirageApiFactory CreateFactory() => new(Provider, settings: new Dictionary<string, string>(MirageApiFactory.RealHashing)
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

    [Test]
    public async Task Login_WhoseHashCannotStartWithinMaxWait_Gets429WithRetryAfterNot500()
    {
        await using var busy = new MirageApiFactory(Provider, settings: new Dictionary<string, string>(MirageApiFactory.RealHashing)
        {
            ["PasswordHashing:Threads"] = "1",
            ["PasswordHashing:Niceness"] = "0",
            ["PasswordHashing:MaxConcurrent"] = "12",
            ["PasswordHashing:MaxWait"] = "00:00:00.200",
        });
        using var client = busy.CreateClient();
        var account = await client.RegisterAndLoginAsync();

        // Twelve hashes of tens of milliseconds each for one thread: the last ones wait far longer than 200 ms.
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.LoginAsync(account.Username, account.Password)));

        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.That(responses.Select(r => r.StatusCode), Is.All.AnyOf(HttpStatusCode.OK, HttpStatusCode.TooManyRequests));
        Assert.That(refused, Is.Not.Empty, "a hash that waited too long is refused");
        await refused[0].ShouldBeProblemAsync(429, "too many requests, try again later");
        Assert.That(refused[0].Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task Login_WhileTheOnlyHashingThreadIsStuck_MoreLoginsThanMaxConcurrentGet429WithRetryAfterInsteadOfWaiting()
    {
        using var hasher = new HeldPasswordHasher(new IdentityPasswordHasher());
        await using var stuck = new MirageApiFactory(
            Provider,
            services => services.Replace(ServiceDescriptor.Singleton<IPasswordHasher>(hasher)),
            new Dictionary<string, string>
            {
                ["PasswordHashing:Threads"] = "1",
                ["PasswordHashing:MaxConcurrent"] = "1",
                ["PasswordHashing:MaxQueued"] = "2",
                ["PasswordHashing:MaxWait"] = "00:00:02",

                // Normal priority, so the register and login before the hold are not refused on a busy machine.
                ["PasswordHashing:Niceness"] = "0",
            });
        using var client = stuck.CreateClient();
        var account = await client.RegisterAndLoginAsync();
        hasher.Hold();
        Task<HttpResponseMessage> first;
        Task<HttpResponseMessage[]> extra;
        bool answeredWhileStuck;
        try
        {
            first = client.LoginAsync(account.Username, account.Password);
            await hasher.Holding.WaitAsync(TimeSpan.FromSeconds(30));

            // Past MaxConcurrent and past MaxConcurrent + MaxQueued: neither kind may wait for the stuck thread.
            extra = Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.LoginAsync(account.Username, account.Password)));
            answeredWhileStuck = await Task.WhenAny(extra, Task.Delay(TimeSpan.FromSeconds(30))) == extra;
        }
        finally
        {
            hasher.Release();
        }

        using var firstResponse = await first;
        var responses = await extra;

        Assert.That(answeredWhileStuck, Is.True, "the extra logins were answered while the only hash was still stuck");
        foreach (var response in responses)
        {
            await response.ShouldBeProblemAsync(429, "too many requests, try again later");
            Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));
        }

        Assert.That(firstResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the stuck login finishes normally");
    }
}
