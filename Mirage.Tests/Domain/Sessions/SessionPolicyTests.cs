using Mirage.Domain.Sessions;
using Mirage.Tests.Builders;

namespace Mirage.Tests.Domain.Sessions;

public sealed class SessionPolicyTests
{
    private static readonly DateTime Now = TestClock.Start.UtcDateTime;

    private readonly SessionPolicy _policy = new();

    [Test]
    public void Defaults_AreSevenDaysIdleThirtyDaysAbsoluteAndOneMinuteResolution()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_policy.IdleTimeout, Is.EqualTo(TimeSpan.FromDays(7)));
            Assert.That(_policy.AbsoluteTimeout, Is.EqualTo(TimeSpan.FromDays(30)));
            Assert.That(_policy.LastSeenResolution, Is.EqualTo(TimeSpan.FromMinutes(1)));
        }
    }

    [Test]
    public void EndOf_WhenTheIdleLimitComesFirst_IsLastSeenPlusIdleTimeout()
    {
        Assert.That(_policy.EndOf(Now, Now.AddDays(30)), Is.EqualTo(Now.AddDays(7)));
    }

    [Test]
    public void EndOf_WhenTheAbsoluteLimitComesFirst_IsTheAbsoluteLimit()
    {
        Assert.That(_policy.EndOf(Now, Now.AddDays(2)), Is.EqualTo(Now.AddDays(2)));
    }
}
