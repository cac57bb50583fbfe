using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Follows;

public sealed class FollowEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task Follow_SomeoneNew_Returns200AndCountsInBothStats()
    {
        var fan = await Client.RegisterAndLoginAsync();
        var star = await Client.RegisterAndLoginAsync();

        using var response = await Client.PostAsAsync(fan, Routes.Follow, new { username = star.Username });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadJsonAsync())["message"]!.GetValue<string>(), Is.EqualTo($"now following {star.Username}"));
        Assert.That(await Client.GetStatsAsync(star.Username), Is.EqualTo(new SocialStats(1, 0, 0, 0, 0)));
        Assert.That(await Client.GetStatsAsync(fan.Username), Is.EqualTo(new SocialStats(0, 1, 0, 0, 0)));
    }

    [Test]
    public async Task Follow_WithOtherLetterCase_FollowsAndNamesTheUserAsRegistered()
    {
        var fan = await Client.RegisterAndLoginAsync();
        var star = await Client.RegisterAndLoginAsync();

        using var response = await Client.PostAsAsync(fan, Routes.Follow, new { username = $"  {star.Username.ToUpperInvariant()} " });

        Assert.That((await response.ReadJsonAsync())["message"]!.GetValue<string>(), Is.EqualTo($"now following {star.Username}"));
        Assert.That((await Client.GetStatsAsync(star.Username)).Followers, Is.EqualTo(1));
    }

    [Test]
    public async Task Follow_Again_Returns400AlreadyFollowingAndCountsOnce()
    {
        var fan = await Client.RegisterAndLoginAsync();
        var star = await Client.RegisterAndLoginAsync();
        await Client.FollowAsync(fan, star.Username);

        using var response = await Client.PostAsAsync(fan, Routes.Follow, new { username = star.Username });

        await response.ShouldBeProblemAsync(400, "already following");
        Assert.That(await Client.GetStatsAsync(star.Username), Is.EqualTo(new SocialStats(1, 0, 0, 0, 0)));
        Assert.That(await Client.GetStatsAsync(fan.Username), Is.EqualTo(new SocialStats(0, 1, 0, 0, 0)));
    }

    [Test]
    public async Task Follow_Yourself_Returns400AndCountsNothing()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await Client.PostAsAsync(account, Routes.Follow, new { username = account.Username });

        await response.ShouldBeProblemAsync(400, "you cannot follow yourself");
        Assert.That(await Client.GetStatsAsync(account.Username), Is.EqualTo(new SocialStats(0, 0, 0, 0, 0)));
    }

    [Test]
    public async Task Follow_UnknownUser_Returns404UserNotFound()
    {
        var fan = await Client.RegisterAndLoginAsync();

        using var response = await Client.PostAsAsync(fan, Routes.Follow, new { username = Names.Unique("ghost") });

        await response.ShouldBeProblemAsync(404, "user not found");
        Assert.That((await Client.GetStatsAsync(fan.Username)).Following, Is.Zero);
    }

    [TestCase(null)]
    public async Task Follow_WithoutUsername_Returns400NothingFilled(string? username)
    {
        var fan = await Client.RegisterAndLoginAsync();

        using var response = await Client.PostAsAsync(fan, Routes.Follow, new { username });

        await response.ShouldBeProblemAsync(400, "I can't see a single field you filled");
    }

    [Test]
    public async Task Unfollow_SomeoneFollowed_Returns200AndUncountsBothStats()
    {
        var fan = await Client.RegisterAndLoginAsync();
        var star = await Client.RegisterAndLoginAsync();
        await Client.FollowAsync(fan, star.Username);

        using var response = await Client.PostAsAsync(fan, Routes.Unfollow, new { username = star.Username });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadJsonAsync())["message"]!.GetValue<string>(), Is.EqualTo($"unfollowed {star.Username}"));
        Assert.That(await Client.GetStatsAsync(star.Username), Is.EqualTo(new SocialStats(0, 0, 0, 0, 0)));
        Assert.That(await Client.GetStatsAsync(fan.Username), Is.EqualTo(new SocialStats(0, 0, 0, 0, 0)));
    }

    [Test]
    public async Task Unfollow_SomeoneNotFollowed_Returns400NotFollowingThisUser()
    {
        var fan = await Client.RegisterAndLoginAsync();
        var star = await Client.RegisterAndLoginAsync();

        using var response = await Client.PostAsAsync(fan, Routes.Unfollow, new { username = star.Username });

        await response.ShouldBeProblemAsync(400, "not following this user");
        Assert.That(await Client.GetStatsAsync(star.Username), Is.EqualTo(new SocialStats(0, 0, 0, 0, 0)));
    }

    [Test]
    public async Task Unfollow_UnknownUser_Returns404UserNotFound()
    {
        var fan = await Client.RegisterAndLoginAsync();

        using var response = await Client.PostAsAsync(fan, Routes.Unfollow, new { username = Names.Unique("ghost") });

        await response.ShouldBeProblemAsync(404, "user not found");
    }

    [Test]
    public async Task CheckFollow_BeforeAfterFollowAndAfterUnfollow_TellsTheTruth()
    {
        var fan = await Client.RegisterAndLoginAsync();
        var star = await Client.RegisterAndLoginAsync();

        var before = await IsFollowingAsync(fan, star.Username);
        await Client.FollowAsync(fan, star.Username);
        var during = await IsFollowingAsync(fan, star.Username);
        var theOtherWay = await IsFollowingAsync(star, fan.Username);
        await Client.UnfollowAsync(fan, star.Username);
        var after = await IsFollowingAsync(fan, star.Username);

        Assert.That(new[] { before, during, theOtherWay, after }, Is.EqualTo(new[] { false, true, false, false }));
    }

    [TestCase("/api/check_follow")]
    [TestCase("/api/check_follow?username=")]
    public async Task CheckFollow_WithoutUsername_Returns400NothingFilled(string path)
    {
        var fan = await Client.RegisterAndLoginAsync();

        using var response = await Client.GetWithTokenAsync(path, fan.Token);

        await response.ShouldBeProblemAsync(400, "I can't see a single field you filled");
    }

    private async Task<bool> IsFollowingAsync(TestAccount who, string username)
    {
        using var response = await Client.GetWithTokenAsync(Routes.CheckFollow(username), who.Token);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return (await response.ReadJsonAsync())["is_following"]!.GetValue<bool>();
    }
}
