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

    [TestCase("00:00:00", "30.00:00:00", "00:01:00")]
    [TestCase("7.00:00:00", "-00:00:01", "00:01:00")]
    [TestCase("7.00:00:00", "30.00:00:00", "-00:00:01")]
    public void Problem_OfTimesNoSessionCouldLiveBy_NamesTheSection(string idle, string absolute, string resolution)
    {
        var policy = new SessionPolicy { IdleTimeout = TimeSpan.Parse(idle), AbsoluteTimeout = TimeSpan.Parse(absolute), LastSeenResolution = TimeSpan.Parse(resolution) };

        Assert.That(policy.Problem, Does.StartWith("Sessions:"));
    }

    [Test]
    public void Problem_OfTheDefaultsOrAZeroResolution_IsNone()
    {
        Assert.That((_policy.Problem, new SessionPolicy { LastSeenResolution = TimeSpan.Zero }.Problem), Is.EqualTo(((string?)null, (string?)null)));
    }
}
