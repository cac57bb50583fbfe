namespace Mirage.Api.Setup;

/// <summary>
/// The <c>Hosting</c> section: how long a stopping server finishes its requests in flight
/// (<see cref="ShutdownTimeout"/>), and how long a starting one waits for its database
/// (<see cref="WaitForDatabase"/>, zero by default: an unreachable database stops the start-up at once).
/// </summary>
public sealed class HostingSettings
{
    public const string SectionName = "Hosting";

    public static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan WaitForDatabase { get; set; } = TimeSpan.Zero;

    public string? Problem =>
        ShutdownTimeout <= TimeSpan.Zero || ShutdownTimeout > LongestWait || WaitForDatabase < TimeSpan.Zero || WaitForDatabase > LongestWait
            ? $"{SectionName}:ShutdownTimeout must be above zero and {SectionName}:WaitForDatabase zero or more, both at most {LongestWait}."
            : null;
}
