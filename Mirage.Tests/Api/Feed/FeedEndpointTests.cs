using System.Net;
using System.Text.Json.Nodes;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Feed;

/// <summary>
/// Its own application, so only these 60 posts exist: 20 by the viewer's followee and 40 by someone
/// the viewer does not follow, written interleaved. The feed picks some at random, so the rules are
/// checked over several requests.
/// </summary>
public sealed class FeedEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const int Requests = 5;

    private TestAccount _viewer = null!;
    private TestAccount _loner = null!;
    private TestAccount _followee = null!;
    private TestAccount _other = null!;
    private long _followeesNewest;

    [OneTimeSetUp]
    public async Task WriteSixtyPosts()
    {
        _viewer = await Client.RegisterAndLoginAsync(Names.Unique("viewer"));
        _loner = await Client.RegisterAndLoginAsync(Names.Unique("loner"));
        _followee = await Client.RegisterAndLoginAsync(Names.Unique("followee"));
        _other = await Client.RegisterAndLoginAsync(Names.Unique("other"));
        await Client.FollowAsync(_viewer, _followee.Username);
        for (var i = 0; i < 60; i++)
        {
            var id = await Client.CreatePostAsync(i % 3 == 0 ? _followee : _other, $"post {i}");
            if (i % 3 == 0)
            {
                _followeesNewest = id;
            }
        }

        await Client.CreatePostAsync(_other, "the very newest, by someone not followed");
    }

    [Test]
    public async Task Feed_WithoutToken_Returns401()
    {
        using var response = await Client.GetAsync(Routes.Feed);

        await response.ShouldBeProblemAsync(401, "authentication required");
    }

    [Test]
    public async Task Feed_OfSomeoneWhoFollowsNobody_ShowsOtherPeoplesPosts()
    {
        var posts = await FeedAsync(_loner);

        Assert.That(posts, Is.Not.Empty);
        Assert.That(posts.Usernames(), Has.All.AnyOf(_followee.Username, _other.Username));
    }

    [Test]
    public async Task Feed_WithSixtyPostsAround_HasAtMostThirtyPostsAndNoDuplicates()
    {
        for (var i = 0; i < Requests; i++)
        {
            var posts = await FeedAsync(_viewer);

            Assert.That(posts, Has.Count.InRange(1, 30));
            Assert.That(posts.Ids(), Is.Unique);
        }
    }

    [Test]
    public async Task Feed_ShowsPostsWithTheirCounts()
    {
        var posts = await FeedAsync(_viewer);

        Assert.That(
            posts.Select(p => p.Select(field => field.Key)),
            Has.All.EquivalentTo(new[] { "id", "username", "content", "created_at", "upvotes", "downvotes", "reply_count" }));
    }

    [Test]
    public async Task Feed_OfAFollower_ContainsTheFolloweesNewestPost()
    {
        for (var i = 0; i < Requests; i++)
        {
            Assert.That((await FeedAsync(_viewer)).Ids(), Does.Contain(_followeesNewest));
        }
    }

    [Test]
    public async Task Feed_OfAFollower_MixesTheFolloweeWithEveryoneElse()
    {
        for (var i = 0; i < Requests; i++)
        {
            var authors = (await FeedAsync(_viewer)).Usernames().ToList();

            using (Assert.EnterMultipleScope())
            {
                Assert.That(authors.Count(a => a == _followee.Username), Is.AtLeast(10), "posts of the followee");
                Assert.That(authors.Count(a => a != _followee.Username), Is.AtLeast(10), "posts of everyone else");
            }
        }
    }

    [Test]
    public async Task Feed_WhenNobodyUsedHashtags_HasNoTrendingTopics()
    {
        using var response = await Client.GetWithTokenAsync(Routes.Feed, _viewer.Token);

        Assert.That((await response.ReadJsonAsync())["trending_topics"]!.AsArray(), Is.Empty);
    }

    private async Task<List<JsonObject>> FeedAsync(TestAccount account)
    {
        using var response = await Client.GetWithTokenAsync(Routes.Feed, account.Token);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())["posts"]!.AsArray().Select(p => p!.AsObject()).ToList();
    }
}
