using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Domain.Users;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence;
using Mirage.Infrastructure.Persistence.Profiles;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Profiles;

/// <summary>CSS saved before Mirage kept two forms (only the scoped one, in custom_css) gets both at the next start.</summary>
public sealed class CustomCssBackfillEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task Backfill_OfCssStoredOnlyScoped_ServesItAsWrittenAndScoped()
    {
        var account = await Client.RegisterAndLoginAsync();
        await StoreAsOlderMirageDidAsync(account.Username, ".mirage-profile { filter: sepia(0.6) }\n.mirage-profile .post, .mirage-profile #username { color: teal }");

        var done = await RunBackfillAsync();

        var profile = await (await Client.GetAsync(Routes.User(account.Username))).ReadJsonAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(done, Is.EqualTo(1));
            Assert.That(profile["custom_css"]!.GetValue<string>(), Is.EqualTo("body { filter: sepia(0.6) }\n.post, #username { color: teal }"));
            Assert.That(profile["custom_css_scoped"]!.GetValue<string>(),
                Is.EqualTo(".mirage-profile { filter: sepia(0.6) }\n.mirage-profile .post, .mirage-profile #username { color: teal }"));
        }
    }

    [Test]
    public async Task Backfill_RunTwice_LeavesCssSavedSinceAlone()
    {
        var account = await Client.RegisterAndLoginAsync();
        using var saved = await Client.SendWithTokenAsync(HttpMethod.Patch, Routes.Me, account.Token, new { custom_css = ".mirage-profile p { color: red }" });
        await RunBackfillAsync();

        var again = await RunBackfillAsync();

        var profile = await (await Client.GetAsync(Routes.User(account.Username))).ReadJsonAsync();
        Assert.That(again, Is.Zero);
        Assert.That(profile["custom_css"]!.GetValue<string>(), Is.EqualTo(".mirage-profile p { color: red }"));
        Assert.That(profile["custom_css_scoped"]!.GetValue<string>(), Is.EqualTo(".mirage-profile .mirage-profile p { color: red }"));
    }

    private async Task StoreAsOlderMirageDidAsync(string username, string scopedCss)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
        await db.Users.Where(u => u.NormalizedUsername == User.NormalizeUsername(username))
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.CustomCss, scopedCss).SetProperty(u => u.CustomCssScoped, (string?)null));
    }

    private async Task<int> RunBackfillAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CustomCssBackfill>().RunAsync(CancellationToken.None);
    }
}
