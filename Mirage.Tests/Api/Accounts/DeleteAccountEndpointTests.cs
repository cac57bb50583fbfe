using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence;
using Mirage.Infrastructure.Persistence.Users;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Accounts;

public sealed class DeleteAccountEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task DeleteAccount_WithPassword_KillsEveryTokenAndFreesNameAndEmail()
    {
        var account = await Client.RegisterAndLoginAsync();
        var phone = await Client.LoginForTokenAsync(account.Username);

        using var response = await Client.SendWithTokenAsync(HttpMethod.Post, Routes.DeleteAccount, account.Token, new { password = account.Password });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var laptopMe = await Client.GetWithTokenAsync(Routes.Me, account.Token);
        using var phoneMe = await Client.GetWithTokenAsync(Routes.Me, phone);
        using var profile = await Client.GetAsync(Routes.User(account.Username));
        using var again = await Client.RegisterAsync(account.Username.ToUpperInvariant(), email: account.Email);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(laptopMe.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(phoneMe.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(profile.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        await AssertNoRowsLeftAsync(account.Username);
    }

    private async Task AssertNoRowsLeftAsync(string username)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
        var userIds = await db.Users.Select(u => u.Id).ToListAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await db.UserStats.CountAsync(s => !userIds.Contains(EF.Property<long>(s, UserStatsConfiguration.UserId))), Is.Zero, "stats rows of deleted users");
            Assert.That(await db.Sessions.CountAsync(s => !userIds.Contains(s.UserId)), Is.Zero, "sessions of deleted users");
            Assert.That(await db.Users.CountAsync(u => u.NormalizedUsername == username.ToLowerInvariant()), Is.EqualTo(1), "only the new account");
        }
    }

    [Test]
    public async Task DeleteAccount_WithWrongPassword_Returns403AndKeepsTheAccount()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await Client.SendWithTokenAsync(HttpMethod.Post, Routes.DeleteAccount, account.Token, new { password = "not my password" });

        await response.ShouldBeProblemAsync(403, "wrong password");
        using var profile = await Client.GetAsync(Routes.User(account.Username));
        Assert.That(profile.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task DeleteAccount_WithoutPassword_Returns400NothingFilled()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await Client.SendWithTokenAsync(HttpMethod.Post, Routes.DeleteAccount, account.Token, new { });

        await response.ShouldBeProblemAsync(400, "I can't see a single field you filled");
    }
}
