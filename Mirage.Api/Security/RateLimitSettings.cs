namespace Mirage.Api.Security;

/// <summary>Per-client-address limits on sign-up and sign-in; the <c>RateLimiting</c> configuration section.</summary>
public sealed class RateLimitSettings
{
    public const string SectionName = "RateLimiting";

    /// <summary>Off only for load tests; the per-account lock-out and the hashing bound stay on regardless.</summary>
    public bool Enabled { get; set; } = true;

    public WindowLimit Login { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) };

    public WindowLimit Register { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromHours(1) };
}
