using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Accounts;

/// <summary>Names and emails are unique ignoring case, and the database decides even under concurrent requests.</summary>
public sealed class RegisterUniquenessEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task Register_WithTakenUsernameInOtherCase_Returns409UserExists()
    {
        var username = Names.Unique("Bob");
        using var first = await Client.RegisterAsync(username);

        using var second = await Client.RegisterAsync(username.ToUpperInvariant(), email: $"other-{username}@example.com");

        await second.ShouldBeProblemAsync(409, "the user already exists");
    }

    [Test]
    public async Task Register_WithTakenEmailInOtherCase_Returns409UserExists()
    {
        var username = Names.Unique();
        using var first = await Client.RegisterAsync(username, email: $"{username}@Example.com");

        using var second = await Client.RegisterAsync(Names.Unique(), email: $"{username.ToUpperInvariant()}@EXAMPLE.COM");

        await second.ShouldBeProblemAsync(409, "the user already exists");
    }

    [Test]
    public async Task Register_FortyTimesConcurrentlyWithOneName_ExactlyOneSucceeds()
    {
        var username = Names.Unique();

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Client.RegisterAsync(i % 2 == 0 ? username : username.ToUpperInvariant(), email: $"{i}-{username}@example.com")));

        var codes = responses.Select(r => (int)r.StatusCode).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(codes.Count(c => c == 201), Is.EqualTo(1), string.Join(",", codes));
            Assert.That(codes.Count(c => c == 409), Is.EqualTo(39), string.Join(",", codes));
        }

        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
