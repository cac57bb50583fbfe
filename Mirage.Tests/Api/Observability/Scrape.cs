using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Exporter;

namespace Mirage.Tests.Api.Observability;

/// <summary>One Prometheus scrape of <c>/metrics</c>, read as an operator's Prometheus reads it.</summary>
public sealed class Scrape(string text)
{
    public const string Path = "/metrics";

    /// <summary>Settings that turn the endpoint on, without a token.</summary>
    public static readonly IReadOnlyDictionary<string, string> Enabled = new Dictionary<string, string>
    {
        ["Observability:Metrics:Enabled"] = "true",
    };

    public string Text => text;

    /// <summary>
    /// Every scrape answered afresh: the exporter otherwise answers a scrape within 300 ms of the last one from its
    /// cache, and a test's second scrape would show nothing new.
    /// </summary>
    public static void Uncached(IServiceCollection services) =>
        services.Configure<PrometheusAspNetCoreOptions>(options => options.ScrapeResponseCacheDurationMilliseconds = 0);

    public static async Task<Scrape> ReadAsync(HttpClient client)
    {
        using var response = await client.GetAsync(Path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return new Scrape(body);
    }

    /// <summary>The sum of every series of <paramref name="name"/> that has all of <paramref name="labels"/> (<c>outcome="succeeded"</c>); 0 when none.</summary>
    public double Sum(string name, params string[] labels) =>
        Samples(name).Where(sample => labels.All(label => sample.Labels.Contains(label, StringComparison.Ordinal))).Sum(sample => sample.Value);

    public bool Has(string namePrefix) => Lines.Any(line => line.StartsWith(namePrefix, StringComparison.Ordinal));

    private IEnumerable<string> Lines => text.Split('\n').Where(line => line.Length > 0 && line[0] != '#');

    private IEnumerable<(string Labels, double Value)> Samples(string name)
    {
        foreach (var line in Lines.Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal)))
        {
            var labelsEnd = line[name.Length] == '{' ? line.IndexOf('}', StringComparison.Ordinal) : name.Length - 1;
            var labels = line[name.Length..(labelsEnd + 1)];
            var value = line[(labelsEnd + 1)..].Trim().Split(' ')[0];
            yield return (labels, double.Parse(value, CultureInfo.InvariantCulture));
        }
    }
}
