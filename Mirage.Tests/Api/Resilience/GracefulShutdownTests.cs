using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Resilience;

/// <summary>SIGTERM mid-burst: the requests in flight finish, the process exits 0, and every acknowledged write is there after a restart.</summary>
public sealed class GracefulShutdownTests
{
    private readonly string _path = TestDatabase.NewPath("shutdown");

    [TearDown]
    public void DeleteDatabase() => TestDatabase.Delete(_path);

    [Test]
    public async Task Sigterm_DuringABurstOfPosts_ExitsZero_AndEveryAcknowledgedPostIsStored()
    {
        var settings = new Dictionary<string, string> { ["ConnectionStrings__Mirage"] = $"Data Source={_path}" };
        TestAccount author;
        var acknowledged = new List<string>();
        await using (var server = await ServerProcess.StartAsync(settings))
        {
            author = await server.Client.RegisterAndLoginAsync(Names.Unique("shutdown"));
            var burst = Enumerable.Range(0, 60).Select(i => PostAsync(server.Client, author, $"burst {i}")).ToList();
            await Task.WhenAny(burst);
            var exitCode = await server.TerminateAsync();
            acknowledged.AddRange((await Task.WhenAll(burst)).OfType<string>());

            Assert.That(exitCode, Is.Zero, server.Output);
        }

        Assert.That(acknowledged, Is.Not.Empty);
        await using (var restarted = await ServerProcess.StartAsync(settings))
        {
            var pages = await restarted.Client.GetAllPagesAsync(Routes.Posts(author.Username), "posts", 100);
            var stored = pages.SelectMany(page => page).Select(post => post["content"]!.GetValue<string>());
            Assert.That(stored, Is.SupersetOf(acknowledged));
        }
    }

    [Test]
    public void ShutdownTimeout_FromHostingSettings_BoundsTheHostsStop()
    {
        using var factory = new MirageApiFactory(
            DatabaseProvider.Sqlite, settings: new Dictionary<string, string> { ["Hosting:ShutdownTimeout"] = "00:00:07" });

        Assert.That(factory.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout, Is.EqualTo(TimeSpan.FromSeconds(7)));
    }

    /// <returns>The content, when the post was acknowledged; <c>null</c> when it was refused or the connection closed.</returns>
    private static async Task<string?> PostAsync(HttpClient client, TestAccount author, string content)
    {
        try
        {
            using var response = await client.PostAsAsync(author, Routes.CreatePost, new { content });
            return response.StatusCode == HttpStatusCode.Created ? content : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
