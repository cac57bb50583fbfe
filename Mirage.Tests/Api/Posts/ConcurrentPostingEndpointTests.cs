using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Posts;

/// <summary>
/// Posts sent all at once, as real concurrent requests: on SQLite they queue at the write gate and share
/// syncs of the log, on PostgreSQL they run side by side. Either way every post acknowledged is stored,
/// listed and counted exactly once.
/// </summary>
public sealed class ConcurrentPostingEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task SixtyFourPostsAtOnce_FromFourAuthors_AreAllAcknowledgedListedAndCountedOnce()
    {
        var authors = new List<TestAccount>();
        for (var i = 0; i < 4; i++)
        {
            authors.Add(await Client.RegisterAndLoginAsync());
        }

        var sent = Enumerable.Range(0, 64).Select(i => (Author: authors[i % 4], Content: $"post {i} #gate{i % 3}")).ToList();

        var answers = await Task.WhenAll(sent.Select(async post =>
        {
            using var response = await Client.PostAsAsync(post.Author, Routes.CreatePost, new { content = post.Content });
            var body = await response.Content.ReadAsStringAsync();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
            var created = (await response.ReadJsonAsync())["post"]!;
            return (post.Author, Id: created["id"]!.GetValue<long>(), Content: created["content"]!.GetValue<string>());
        }));

        Assert.That(answers.Select(a => a.Id).Distinct().Count(), Is.EqualTo(64), "each post has its own id");
        Assert.That(answers.Select(a => a.Content), Is.EquivalentTo(sent.Select(s => s.Content)));
        foreach (var author in authors)
        {
            var (listed, _) = await Client.GetPageAsync(Routes.Page(Routes.Posts(author.Username), 100), "posts");
            var acknowledged = answers.Where(a => a.Author == author).ToList();
            Assert.That(listed.Ids(), Is.EquivalentTo(acknowledged.Select(a => a.Id)), $"{author.Username}'s posts");
            Assert.That((await Client.GetStatsAsync(author.Username)).Posts, Is.EqualTo(16), $"{author.Username}'s count");
        }
    }
}
