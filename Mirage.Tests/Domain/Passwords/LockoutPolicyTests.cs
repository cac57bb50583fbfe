using Mirage.Domain.Passwords;
using Mirage.Tests.Builders;

namespace Mirage.Tests.Domain.Passwords;

public sealed class LockoutPolicyTests
{
    private static readonly DateTime Now = TestClock.Start.UtcDateTime;

    private readonly LockoutPolicy _policy = new();

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(4)]
    public void LockUntil_BelowFiveFailures_DoesNotLock(int failures)
    {
        Assert.That(_policy.LockUntil(failures, Now), Is.Null);
    }

    [TestCase(5, 5)]
    [TestCase(6, 10)]
    [TestCase(7, 20)]
    [TestCase(8, 40)]
    public void LockUntil_FromTheFifthFailure_LocksForFiveMinutesDoublingEachTime(int failures, int minutes)
    {
        Assert.That(_policy.LockUntil(failures, Now), Is.EqualTo(Now.AddMinutes(minutes)));
    }

    [TestCase(9)]
    [TestCase(50)]
    [TestCase(int.MaxValue)]
    public void LockUntil_AfterManyFailures_LocksForOneHourAtMost(int failures)
    {
        Assert.That(_policy.LockUntil(failures, Now), Is.EqualTo(Now.AddHours(1)));
    }

    [Test]
    public void LockUntil_WithCustomThresholdAndDurations_UsesThem()
    {
        var policy = new LockoutPolicy { Threshold = 3, FirstLock = TimeSpan.FromMinutes(1), MaxLock = TimeSpan.FromMinutes(3) };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(policy.LockUntil(2, Now), Is.Null);
            Assert.That(policy.LockUntil(3, Now), Is.EqualTo(Now.AddMinutes(1)));
            Assert.That(policy.LockUntil(4, Now), Is.EqualTo(Now.AddMinutes(2)));
            Assert.That(policy.LockUntil(5, Now), Is.EqualTo(Now.AddMinutes(3)));
            Assert.That(policy.LockUntil(1_000, Now), Is.EqualTo(Now.AddMinutes(3)));
        }
    }

    [Test]
    public void LockUntil_WhenFirstLockExceedsTheCap_LocksForTheCap()
    {
        var policy = new LockoutPolicy { FirstLock = TimeSpan.FromHours(2), MaxLock = TimeSpan.FromHours(1) };

        Assert.That(policy.LockUntil(5, Now), Is.EqualTo(Now.AddHours(1)));
    }

    [TestCase(0, 5, 60)]
    [TestCase(5, 0, 60)]
    [TestCase(5, 10, 5)]
    public void Validated_WithSettingsThatCouldNeverLock_Throws(int threshold, int firstLockMinutes, int maxLockMinutes)
    {
        var policy = new LockoutPolicy
        {
            Threshold = threshold,
            FirstLock = TimeSpan.FromMinutes(firstLockMinutes),
            MaxLock = TimeSpan.FromMinutes(maxLockMinutes),
        };

        Assert.That(policy.Problem, Does.StartWith("Lockout:"));
    }

    [Test]
    public void Validated_WithDefaults_ReturnsThePolicy()
    {
        var policy = new LockoutPolicy();

        Assert.That(policy.Problem, Is.Null);
    }
}
