using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Passwords;

/// <summary>Passwords are compared in NFKC: the same characters typed differently still sign in.</summary>
public sealed class PasswordNormalizationEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task Login_WithCompatibilityFormOfThePassword_Succeeds()
    {
        var username = Names.Unique();
        using var registered = await Client.RegisterAsync(username, password: "ﬁne ｐａｓｓｐｈｒａｓｅ ①");

        using var login = await Client.LoginAsync(username, "fine passphrase 1");

        Assert.That(registered.StatusCode, Is.EqualTo(HttpStatusCode.Created), await registered.Content.ReadAsStringAsync());
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("password123")]
    [TestCase("ＰＡＳＳＷＯＲＤ１２３")]
    public async Task Register_WithCommonPassword_Returns400(string password)
    {
        using var response = await Client.RegisterAsync(Names.Unique(), password: password);

        await response.ShouldBeProblemAsync(400, "this password is too common, choose another");
    }

    [Test]
    public async Task Register_WithPasswordContainingTheUsername_Returns400()
    {
        var username = Names.Unique();

        using var response = await Client.RegisterAsync(username, password: $"{username.ToUpperInvariant()}!!");

        await response.ShouldBeProblemAsync(400, "the password must not contain the username");
    }
}
