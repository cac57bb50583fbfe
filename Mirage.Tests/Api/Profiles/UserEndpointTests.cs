using System.Globalization;
using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Profiles;

public sealed class UserEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task GetUser_InOtherCase_Returns200PublicProfileWithoutSecrets()
    {
        var before = DateTime.UtcNow.AddSeconds(-1);
        var account = await Client.RegisterAndLoginAsync(Names.Unique("Dana"));

        using var response = await Client.GetAsync(Routes.User(account.Username.ToUpperInvariant()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await response.ReadJsonAsync();
        var text = body.ToJsonString();
        var createdAt = body["created_at"]!.GetValue<string>();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(body.Select(p => p.Key), Is.EquivalentTo(new[]
            {
                "username", "avatar_url", "description", "created_at", "custom_css", "custom_css_scoped", "background_image", "stats",
            }));
            Assert.That(body["username"]!.GetValue<string>(), Is.EqualTo(account.Username));
            Assert.That(text, Does.Not.Contain(account.Token).And.Not.Contain(account.Email).And.Not.Contain("AQAAAA"));
            Assert.That(createdAt, Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"));
            Assert.That(
                DateTime.Parse(createdAt, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal),
                Is.InRange(before, DateTime.UtcNow.AddSeconds(1)));
        }
    }

    [Test]
    public async Task GetUser_Unknown_Returns404UserNotFound()
    {
        using var response = await Client.GetAsync(Routes.User(Names.Unique("ghost")));

        await response.ShouldBeProblemAsync(404, "user not found");
    }
}
