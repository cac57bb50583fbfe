namespace Mirage.Domain.Sessions;

/// <summary>How long sessions live. Bound from the <c>Sessions</c> configuration section.</summary>
public sealed class SessionPolicy
{
    public const string SectionName = "Sessions";

    /// <summary>A session unused for this long ends.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromDays(7);

    /// <summary>A session ends this long after login, however active.</summary>
    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromDays(30);

    /// <summary>"Last seen" is written at most this often per session, so reads do not become writes.</summary>
    public TimeSpan LastSeenResolution { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A new password through the settings route needs a session opened at most this long ago.</summary>
    public TimeSpan RecentSignIn { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Why sessions could not live under these settings, or <c>null</c> when they are sound.</summary>
    public string? Problem =>
        IdleTimeout > TimeSpan.Zero && AbsoluteTimeout > TimeSpan.Zero && LastSeenResolution >= TimeSpan.Zero && RecentSignIn > TimeSpan.Zero
            ? null
            : $"{SectionName}: IdleTimeout, AbsoluteTimeout and RecentSignIn must be above zero, LastSeenResolution at least zero.";

    /// <summary>When a session last seen at <paramref name="lastSeenAt"/> ends: idle or absolute limit, whichever is first.</summary>
    public DateTime EndOf(DateTime lastSeenAt, DateTime absoluteExpiry) =>
        lastSeenAt + IdleTimeout < absoluteExpiry ? lastSeenAt + IdleTimeout : absoluteExpiry;
}
