using Mirage.Domain.Rooms;

namespace Mirage.Tests.Domain.Rooms;

public sealed class RoomPolicyTests
{
    [Test]
    public void Defaults_AreFifteenHourMessagesFivePublicRoomsAndAMinutelySweep()
    {
        var policy = new RoomPolicy();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(policy.MessageLifetime, Is.EqualTo(TimeSpan.FromHours(15)));
            Assert.That(policy.MaxPublicRooms, Is.EqualTo(5));
            Assert.That(policy.ExpirySweepInterval, Is.EqualTo(TimeSpan.FromMinutes(1)));
            Assert.That(policy.Problem, Is.Null);
        }
    }

    [Test]
    public void Problem_WithNoPublicRoomsAllowed_IsNone()
    {
        Assert.That(new RoomPolicy { MaxPublicRooms = 0 }.Problem, Is.Null);
    }

    [TestCase(0, 5, 60)]
    [TestCase(-1, 5, 60)]
    [TestCase(366 * 24 * 60, 5, 60)]
    [TestCase(60, -1, 60)]
    [TestCase(60, 5, 0)]
    [TestCase(60, 5, 24 * 60 * 60 + 1)]
    public void Problem_WithASettingOutOfRange_NamesTheSection(int lifetimeMinutes, int maxPublicRooms, int sweepSeconds)
    {
        var policy = new RoomPolicy
        {
            MessageLifetime = TimeSpan.FromMinutes(lifetimeMinutes),
            MaxPublicRooms = maxPublicRooms,
            ExpirySweepInterval = TimeSpan.FromSeconds(sweepSeconds),
        };

        Assert.That(policy.Problem, Does.StartWith("Rooms:"));
    }
}
