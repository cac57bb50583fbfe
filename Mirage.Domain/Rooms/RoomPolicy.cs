namespace Mirage.Domain.Rooms;

/// <summary>How chat rooms behave. Bound from the <c>Rooms</c> configuration section.</summary>
public sealed class RoomPolicy
{
    public const string SectionName = "Rooms";

    /// <summary>A message (and any file it shares) is shown for this long after it is sent, then deleted.</summary>
    public TimeSpan MessageLifetime { get; set; } = TimeSpan.FromHours(15);

    /// <summary>How many public rooms may exist; private rooms are not capped.</summary>
    public int MaxPublicRooms { get; set; } = 5;

    /// <summary>A timer's period must fit in 32 bits of milliseconds; a day is far inside that, and sweeps rarer than daily would let expired rows pile up.</summary>
    public static readonly TimeSpan MaxSweepInterval = TimeSpan.FromDays(1);

    /// <summary>How often expired messages and files are deleted; reads hide them in between.</summary>
    public TimeSpan ExpirySweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Why rooms could not work under these settings, or <c>null</c> when they are sound.</summary>
    public string? Problem =>
        MessageLifetime > TimeSpan.Zero && MessageLifetime <= TimeSpan.FromDays(365)
        && MaxPublicRooms >= 0
        && ExpirySweepInterval > TimeSpan.Zero && ExpirySweepInterval <= MaxSweepInterval
            ? null
            : $"{SectionName}: MessageLifetime must be above zero and at most 365 days, ExpirySweepInterval above zero and at most a day, MaxPublicRooms at least 0.";
}
