using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Follows;

/// <summary>
/// One star with five fans who followed in a shuffled order, and one fan who follows three others:
/// newest first must follow the order of following, not the order of registration.
/// </summary>
public sealed class FollowListEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Avatar = "https://img.example.com/fan.png";

    private TestAccount _star = null!;
    private TestAccount[] _fans = null!;

    [OneTimeSetUp]
    public async Task FollowInAShuffledOrder()
    {
        _star = await Client.RegisterAndLoginAsync(Names.Unique("star"));
        _fans = new TestAccount[5];
        for (var i = 0; i < _fans.Length; i++)
        {
            _fans[i] = await Client.RegisterAndLoginAsync(Names.Unique("fan"));
        }

        using var patched = await Client.SendWithTokenAsync(HttpMethod.Patch, Routes.Me, _fans[1].Token, new { avatar_url = Avatar });
        Assert.That(patched.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        foreach (var i in new[] { 3, 1, 4, 0, 2 })
        {
            await Client.FollowAsync(_fans[i], _star.Username);
        }

        foreach (var i in new[] { 2, 4, 1 })
        {
            await Client.FollowAsync(_fans[0], _fans[i].Username);
        }
    }

    [Test]
    public async Task Followers_OfTheStar_ListsNewestFirstWithUsernameAndAvatarUrl()
    {
        var (followers, next) = await Client.GetPageAsync(Routes.Followers(_star.Username), "followers");

        Assert.That(followers.Usernames(), Is.EqualTo(new[] { 2, 0, 4, 1, 3 }.Select(i => _fans[i].Username)));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(next, Is.Null);
            Assert.That(followers.Select(f => f.Select(p => p.Key)), Has.All.EquivalentTo(new[] { "username", "avatar_url" }));
            Assert.That(followers.Single(f => f["username"]!.GetValue<string>() == _fans[1].Username)["avatar_url"]!.GetValue<string>(), Is.EqualTo(Avatar));
            Assert.That(followers.Single(f => f["username"]!.GetValue<string>() == _fans[3].Username)["avatar_url"], Is.Null);
        }
    }

    [Test]
    public async Task Following_OfAFan_ListsNewestFirst()
    {
        var (following, next) = await Client.GetPageAsync(Routes.Following(_fans[0].Username), "following");

        Assert.That(following.Usernames(), Is.EqualTo(new[] { _fans[1].Username, _fans[4].Username, _fans[2].Username, _star.Username }));
        Assert.That(next, Is.Null);
    }

    [Test]
    public async Task Followers_TwoAtATime_PagesWithoutDuplicatesOrGapsAndEndWithNullCursor()
    {
        var pages = await Client.GetAllPagesAsync(Routes.Followers(_star.Username), "followers", limit: 2);

        Assert.That(pages.Select(p => p.Count), Is.EqualTo(new[] { 2, 2, 1 }));
        Assert.That(pages.SelectMany(p => p).Usernames(), Is.EqualTo(new[] { 2, 0, 4, 1, 3 }.Select(i => _fans[i].Username)));
    }

    [Test]
    public async Task Following_ThreeAtATime_PagesWithoutDuplicatesOrGaps()
    {
        var pages = await Client.GetAllPagesAsync(Routes.Following(_fans[0].Username), "following", limit: 3);

        Assert.That(pages.Select(p => p.Count), Is.EqualTo(new[] { 3, 1 }));
        Assert.That(pages.SelectMany(p => p).Usernames(), Is.EqualTo(new[] { _fans[1].Username, _fans[4].Username, _fans[2].Username, _star.Username }));
    }

    [Test]
    public async Task Followers_OfSomeoneNobodyFollows_IsAnEmptyLastPage()
    {
        var (followers, next) = await Client.GetPageAsync(Routes.Followers(_fans[3].Username), "followers");

        Assert.That(followers, Is.Empty);
        Assert.That(next, Is.Null);
    }

    [TestCase("get_followers")]
    [TestCase("get_following")]
    public async Task List_OfUnknownUser_Returns404UserNotFound(string list)
    {
        using var response = await Client.GetAsync($"/api/{list}/{Names.Unique("ghost")}");

        await response.ShouldBeProblemAsync(404, "user not found");
    }

    [TestCase("0")]
    public async Task Followers_WithLimitOutOfRange_Returns400(string limit)
    {
        using var response = await Client.GetAsync($"{Routes.Followers(_star.Username)}?limit={limit}");

        await response.ShouldBeProblemAsync(400, "limit must be between 1 and 100");
    }

    [Test]
    public async Task Followers_WithLimitThatIsNotANumber_Returns400()
    {
        using var response = await Client.GetAsync($"{Routes.Followers(_star.Username)}?limit=abc");

        var problem = await response.ShouldBeProblemAsync(400);
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Does.Contain("limit"));
    }

    [Test]
    public async Task Followers_WithTheLargestLimit_Returns200()
    {
        var (followers, _) = await Client.GetPageAsync(Routes.Page(Routes.Followers(_star.Username), 100), "followers");

        Assert.That(followers, Has.Count.EqualTo(5));
    }

    [TestCase("get_followers", "garbage")]
    [TestCase("get_following", "garbage")]
    [TestCase("get_following", "OTIyMzM3MjAzNjg1NDc3NTgwNy41")]
    public async Task List_WithForgedCursor_Returns400InvalidCursor(string list, string cursor)
    {
        using var response = await Client.GetAsync($"/api/{list}/{_star.Username}?cursor={cursor}");

        await response.ShouldBeProblemAsync(400, "invalid cursor");
    }
}
