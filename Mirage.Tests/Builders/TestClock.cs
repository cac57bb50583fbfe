using Microsoft.Extensions.Time.Testing;

namespace Mirage.Tests.Builders;

/// <summary>One fixed starting instant for every fake clock, so expected times can be written down.</summary>
public static class TestClock
{
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 18, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create() => new(Start);
}
