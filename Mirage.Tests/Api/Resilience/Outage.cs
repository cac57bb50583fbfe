using System.Diagnostics;
using System.Net;

namespace Mirage.Tests.Api.Resilience;

/// <summary>What every fixture about an outage checks: the answers a client sees, and how soon they come.</summary>
public static class Outage
{
    public const string Unavailable = "the service is briefly unavailable, try again shortly";

    /// <summary>The longest a request may take while the database is out, or right after it is back.</summary>
    public static readonly TimeSpan AnswerBound = TimeSpan.FromSeconds(2);

    public static async Task<(HttpResponseMessage Response, TimeSpan Elapsed)> TimedAsync(Func<Task<HttpResponseMessage>> send)
    {
        var watch = Stopwatch.StartNew();
        var response = await send();
        return (response, watch.Elapsed);
    }

    /// <summary>A 503 with <c>Retry-After</c> and the clear <c>error</c>, within <paramref name="bound"/> (<see cref="AnswerBound"/> unless given).</summary>
    public static async Task ShouldBeUnavailableInTimeAsync(
        this Task<(HttpResponseMessage Response, TimeSpan Elapsed)> timed, string what, TimeSpan? bound = null)
    {
        var (response, elapsed) = await timed;
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            using (Assert.EnterMultipleScope())
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), $"{what}: {body}");
                Assert.That(body, Does.Contain(Unavailable), what);
                Assert.That(response.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero), $"{what}: Retry-After");
                Assert.That(elapsed, Is.LessThan(bound ?? AnswerBound), $"{what}: answered in time");
            }
        }
    }
}
