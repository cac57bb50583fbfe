using System.Net;
using Microsoft.Extensions.Options;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Observability;

/// <summary><c>/metrics</c> is off unless configured, and with a scrape token only a scrape that presents it is answered.</summary>
public sealed class MetricsAccessEndpointTests
{
    private const string ScrapeToken = "scrape-token-for-prometheus-0123456789";

    private static readonly Dictionary<string, string> Protected = new()
    {
        ["Observability:Metrics:Enabled"] = "true",
        ["Observability:Metrics:ScrapeToken"] = ScrapeToken,
    };

    [Test]
    public async Task Metrics_ByDefault_IsNotFound()
    {
        using var factory = new MirageApiFactory(DatabaseProvider.Sqlite);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(Scrape.Path);

        await response.ShouldBeProblemAsync(404);
    }

    [TestCase(null)]
    [TestCase("Bearer not-the-scrape-token-at-all-0123")]
    [TestCase("scrape-token-for-prometheus-012345678")]
    public async Task Metrics_WithAScrapeToken_RefusesAScrapeWithoutIt(string? authorization)
    {
        using var factory = new MirageApiFactory(DatabaseProvider.Sqlite, settings: Protected);
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Scrape.Path);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await client.SendAsync(request);

        var problem = await response.ShouldBeProblemAsync(401, "authentication required");
        Assert.That(problem.ToJsonString(), Does.Not.Contain("mirage_"));
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer"));
    }

    [TestCase("Bearer " + ScrapeToken)]
    [TestCase(ScrapeToken)]
    public async Task Metrics_WithTheScrapeToken_AnswersTheScrape(string authorization)
    {
        using var factory = new MirageApiFactory(DatabaseProvider.Sqlite, settings: Protected);
        using var client = factory.CreateClient();
        await client.RegisterAndLoginAsync();

        using var response = await client.GetWithTokenAsync(Scrape.Path, authorization);

        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        Assert.That(new Scrape(body).Sum("mirage_logins_total", "outcome=\"succeeded\""), Is.EqualTo(1), body);
    }

    [Test]
    public async Task Metrics_ScrapedOftenWithRateLimitsOn_IsNeverThrottled()
    {
        var settings = new Dictionary<string, string>(Protected) { ["RateLimiting:Enabled"] = "true" };
        using var factory = new MirageApiFactory(DatabaseProvider.Sqlite, settings: settings);
        using var client = factory.CreateClient();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 40).Select(async _ =>
        {
            using var response = await client.GetWithTokenAsync(Scrape.Path, ScrapeToken);
            return response.StatusCode;
        }));

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("short-token")]
    [TestCase(" scrape-token-with-a-space-0123 ")]
    public void Start_WithAGuessableScrapeToken_StopsWithAMessageNamingIt(string token)
    {
        var settings = new Dictionary<string, string>(Protected) { ["Observability:Metrics:ScrapeToken"] = token };
        using var factory = new MirageApiFactory(DatabaseProvider.Sqlite, settings: settings);

        Assert.That(() => factory.CreateClient(), Throws.TypeOf<OptionsValidationException>().With.Message.Contains("Observability:Metrics:ScrapeToken"));
    }
}
