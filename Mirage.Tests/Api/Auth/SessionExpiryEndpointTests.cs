using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Mirage.Tests.Api.Auth;

/// <summary>Sessions end at their expiry time, with the server's clock moved forward.</summary>
public sealed class SessionExpiryEndpointTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private MirageApiFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartApplication()
    {
        _factory = new MirageApiFactory(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public void StopApplication()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Me_JustBeforeAndAfterThirtyDays_WorksThenReturns401()
    {
        var account = await _client.RegisterAndLoginAsync();

        _clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        using var before = await _client.GetWithTokenAsync(Routes.Me, account.Token);
        _clock.Advance(TimeSpan.FromMinutes(2));
        using var after = await _client.GetWithTokenAsync(Routes.Me, account.Token);

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await after.ShouldBeProblemAsync(401, "invalid token");
    }

    [Test]
    public async Task Logout_WithExpiredToken_Returns401InvalidToken()
    {
        var account = await _client.RegisterAndLoginAsync();
        _clock.Advance(TimeSpan.FromDays(31));

        using var response = await _client.PostJsonAsync(Routes.Logout, new { token = account.Token });

        await response.ShouldBeProblemAsync(401, "invalid token");
    }
}
