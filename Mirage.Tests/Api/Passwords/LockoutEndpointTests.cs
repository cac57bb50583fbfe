using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Passwords;

/// <summary>The per-account lock-out after consecutive failed logins, with the server's clock moved forward.</summary>
public sealed class LockoutEndpointTests(DatabaseProvider provider) : ClockedApiTest(provider)
{
    private const string LockedOut = "too many failed attempts, try again later";

    [Test]
    public async Task Login_AfterFiveFailures_Returns429EvenForTheRightPasswordUntilTheLockLifts()
    {
        var account = await Client.RegisterAndLoginAsync();
        await FailAsync(account.Username, times: 5);

        using var locked = await Client.LoginAsync(account.Username, account.Password);
        Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        using var unlocked = await Client.LoginAsync(account.Username, account.Password);

        await locked.ShouldBeProblemAsync(429, LockedOut);
        Assert.That(locked.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromMinutes(5)));
        Assert.That(unlocked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Login_AfterFourFailuresThenSuccess_StartsCountingAgain()
    {
        var account = await Client.RegisterAndLoginAsync();
        await FailAsync(account.Username, times: 4);
        using var success = await Client.LoginAsync(account.Username, account.Password);
        await FailAsync(account.Username, times: 4);

        using var stillOpen = await Client.LoginAsync(account.Username, account.Password);

        Assert.That(success.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(stillOpen.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Login_FailingAgainAfterTheLockLifts_LocksForTwiceAsLong()
    {
        var account = await Client.RegisterAndLoginAsync();
        await FailAsync(account.Username, times: 5);
        Clock.Advance(TimeSpan.FromMinutes(6));

        await FailAsync(account.Username, times: 1);
        using var locked = await Client.LoginAsync(account.Username, account.Password);

        await locked.ShouldBeProblemAsync(429, LockedOut);
        Assert.That(locked.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromMinutes(10)));
    }

    [Test]
    public async Task ChangePassword_WhileLockedOut_Returns429()
    {
        var account = await Client.RegisterAndLoginAsync();
        await FailAsync(account.Username, times: 5);

        using var response = await Client.SendWithTokenAsync(
            HttpMethod.Post, Routes.ChangePassword, account.Token, new { current_password = account.Password, new_password = "a much better passphrase" });

        await response.ShouldBeProblemAsync(429, LockedOut);
    }

    private async Task FailAsync(string username, int times)
    {
        for (var i = 0; i < times; i++)
        {
            using var response = await Client.LoginAsync(username, "wrong password!");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }
    }
}
