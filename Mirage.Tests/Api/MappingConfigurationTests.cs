using AutoMapper;
using Mirage.Api.Sessions;
using Mirage.Domain.Sessions;

namespace Mirage.Tests.Api;

/// <summary>The mapping configuration exactly as the API loads it: every profile in the API assembly.</summary>
public sealed class MappingConfigurationTests
{
    private readonly MapperConfiguration _configuration = new(cfg => cfg.AddMaps(typeof(Program).Assembly));

    [Test]
    public void Configuration_MapsEveryResponseMemberOfEveryProfile()
    {
        Assert.DoesNotThrow(_configuration.AssertConfigurationIsValid);
    }

    [Test]
    public void Map_SessionViewToSessionResponse_CarriesEveryField()
    {
        var view = new SessionView(
            Guid.NewGuid(),
            new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            new DateTime(2026, 1, 3, 3, 4, 5, DateTimeKind.Utc),
            new DateTime(2026, 1, 10, 3, 4, 5, DateTimeKind.Utc),
            "curl/8.5.0",
            Current: true);

        var response = _configuration.CreateMapper().Map<SessionResponse>(view);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Id, Is.EqualTo(view.Id));
            Assert.That(response.CreatedAt, Is.EqualTo(view.CreatedAt));
            Assert.That(response.LastSeenAt, Is.EqualTo(view.LastSeenAt));
            Assert.That(response.ExpiresAt, Is.EqualTo(view.ExpiresAt));
            Assert.That(response.UserAgent, Is.EqualTo("curl/8.5.0"));
            Assert.That(response.Current, Is.True);
        }
    }

    [Test]
    public void Map_SessionViewWithoutUserAgent_LeavesItNullAndNotCurrent()
    {
        var view = new SessionView(Guid.NewGuid(), DateTime.UnixEpoch, DateTime.UnixEpoch, DateTime.UnixEpoch, null, Current: false);

        var response = _configuration.CreateMapper().Map<SessionResponse>(view);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.UserAgent, Is.Null);
            Assert.That(response.Current, Is.False);
        }
    }
}
