namespace Mirage.Domain.Passwords;

/// <summary>
/// Per-account defence against password guessing: after <see cref="Threshold"/> consecutive failures
/// the account is locked for <see cref="FirstLock"/>, doubling with each further failure up to <see cref="MaxLock"/>.
/// </summary>
public sealed class LockoutPolicy
{
    public const string SectionName = "Lockout";

    public int Threshold { get; set; } = 5;

    public TimeSpan FirstLock { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan MaxLock { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Why these settings would never lock or could not be computed, or <c>null</c> when they are sound.</summary>
    public string? Problem =>
        Threshold >= 1 && FirstLock > TimeSpan.Zero && MaxLock >= FirstLock && MaxLock <= TimeSpan.FromDays(365)
            ? null
            : $"{SectionName}: Threshold must be at least 1, and 0 < FirstLock <= MaxLock <= 365 days.";

    /// <returns>Until when the account is locked after <paramref name="consecutiveFailures"/>, or <c>null</c> for no lock.</returns>
    public DateTime? LockUntil(int consecutiveFailures, DateTime now)
    {
        if (consecutiveFailures < Threshold)
        {
            return null;
        }

        var lockFor = FirstLock;
        for (var failure = Threshold; failure < consecutiveFailures && lockFor < MaxLock; failure++)
        {
            lockFor *= 2;
        }

        return now + (lockFor < MaxLock ? lockFor : MaxLock);
    }
}
