using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Passwords;

/// <summary>
/// Accounts imported from the first Mirage backend, with its Werkzeug hashes (from Data/Legacy's sample):
/// they sign in with their old passwords, and the first sign-in moves them to Identity's format.
/// </summary>
public sealed class WerkzeugLoginEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string AlicePbkdf2 = "pbkdf2:sha256:260000$g0ODP1cRXhKMv9aO$9c7cd77e5b24e316e9afa8dd930ee2c5090046e1957297726861c71b8f5ac8e5";
    private const string BobPbkdf2 = "pbkdf2:sha256:260000$dMoz0gROaeIp47Wv$158b9174e7d83b9e26aaba68d14f57a16b0acbd5b1b5803db8385a613748db30";
    private const string RheaScrypt = "scrypt:32768:8:1$r6URrGmhOVrBXm70$db27e640b7ee5ef493a96fdb32d522ee520485dcde9bd868065d1ca663aef7f5d5428c10bf47941b675d910a406ecad4c42af52a7bba11d7a2d8af929943918d";

    // Identity's V3 format is base64 of a blob starting with 1.
    private const string IdentityPrefix = "AQAAAA";

    [TestCase(AlicePbkdf2, "alice123")]
    [TestCase(RheaScrypt, "rhea-pass-1")]
    [TestCase(BobPbkdf2, "hunter2")]
    public async Task Login_WithAnImportedWerkzeugHash_SucceedsAndTheHashBecomesIdentitysForTheNextLogin(string hash, string password)
    {
        var username = await ImportedAccountAsync(hash);

        using var first = await Client.LoginAsync(username, password);
        var stored = await Factory.GetPasswordHashAsync(username);
        using var second = await Client.LoginAsync(username, password);

        Assert.That((first.StatusCode, second.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
        Assert.That(stored, Does.StartWith(IdentityPrefix));
    }

    [TestCase(AlicePbkdf2, "alice124")]
    [TestCase(RheaScrypt, "Rhea-pass-1")]
    public async Task Login_WithAnImportedWerkzeugHashAndAWrongPassword_Returns401WrongPasswordAndKeepsTheHash(string hash, string password)
    {
        var username = await ImportedAccountAsync(hash);

        using var response = await Client.LoginAsync(username, password);

        await response.ShouldBeProblemAsync(401, "wrong password");
        Assert.That(await Factory.GetPasswordHashAsync(username), Is.EqualTo(hash));
    }

    [TestCase("sha256$g0ODP1cRXhKMv9aO$9c7cd77e5b24e316e9afa8dd930ee2c5090046e1957297726861c71b8f5ac8e5")]
    [TestCase("pbkdf2:sha256:2147483647$g0ODP1cRXhKMv9aO$9c7cd77e5b24e316e9afa8dd930ee2c5090046e1957297726861c71b8f5ac8e5")]
    [TestCase("not a hash at all")]
    public async Task Login_WithAHashInAnUnknownFormat_Returns401WrongPassword(string hash)
    {
        var username = await ImportedAccountAsync(hash);

        using var response = await Client.LoginAsync(username, "alice123");

        await response.ShouldBeProblemAsync(401, "wrong password");
    }

    private async Task<string> ImportedAccountAsync(string hash)
    {
        var username = Names.Unique("imported");
        using var registered = await Client.RegisterAsync(username);
        Assert.That(registered.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await Factory.SetPasswordHashAsync(username, hash);
        return username;
    }
}
