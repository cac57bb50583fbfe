using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Profiles;

/// <summary>The profile responses keep the contract's field order: the public fields, then what the own profile adds.</summary>
public sealed class ProfileFieldOrderEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private static readonly string[] PublicFields =
        ["username", "avatar_url", "description", "created_at", "custom_css", "custom_css_scoped", "background_image", "stats"];

    private static readonly string[] StatsFields = ["followers", "following", "posts", "upvotes", "downvotes"];

    [Test]
    public async Task GetUser_ListsThePublicFieldsInContractOrder()
    {
        var account = await Client.RegisterAndLoginAsync();

        var body = await (await Client.GetAsync(Routes.User(account.Username))).ReadJsonAsync();

        Assert.That(body.Select(p => p.Key), Is.EqualTo(PublicFields));
        Assert.That(body["stats"]!.AsObject().Select(p => p.Key), Is.EqualTo(StatsFields));
    }

    [Test]
    public async Task GetMe_ListsThePublicFieldsThenTheEmail()
    {
        var account = await Client.RegisterAndLoginAsync();

        var body = await (await Client.GetWithTokenAsync(Routes.Me, $"Bearer {account.Token}")).ReadJsonAsync();

        Assert.That(body.Select(p => p.Key), Is.EqualTo(PublicFields.Append("email")));
        Assert.That(body["stats"]!.AsObject().Select(p => p.Key), Is.EqualTo(StatsFields));
    }

    [Test]
    public async Task PatchMe_ListsThePublicFieldsThenTheEmailThenWhatWasRemoved()
    {
        var account = await Client.RegisterAndLoginAsync();

        var body = await (await Client.SendWithTokenAsync(HttpMethod.Patch, Routes.Me, $"Bearer {account.Token}", new { description = "hi" })).ReadJsonAsync();

        Assert.That(body.Select(p => p.Key), Is.EqualTo(PublicFields.Append("email").Append("removed")));
        Assert.That(body["stats"]!.AsObject().Select(p => p.Key), Is.EqualTo(StatsFields));
    }
}
