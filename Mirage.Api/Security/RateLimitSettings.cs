namespace Mirage.Api.Security;

/// <summary>Per-client-address limits on sign-up and sign-in, per-user limits on sending; the <c>RateLimiting</c> configuration section.</summary>
public sealed class RateLimitSettings
{
    public const string SectionName = "RateLimiting";

    /// <summary>Off only for load tests; the per-account lock-out and the hashing bound stay on regardless.</summary>
    public bool Enabled { get; set; } = true;

    public WindowLimit Login { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) };

    public WindowLimit Register { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromHours(1) };

    /// <summary>Messages one signed-in user may send per window, whoever they send them to.</summary>
    public WindowLimit SendMessage { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Why a limit could never let a request in (the first would fail instead), or <c>null</c>.</summary>
    public string? Problem =>
        new[] { (Name: nameof(Login), Limit: Login), (Name: nameof(Register), Limit: Register), (Name: nameof(SendMessage), Limit: SendMessage) }
            .Where(limit => limit.Limit.PermitLimit < 1 || limit.Limit.Window <= TimeSpan.Zero)
            .Select(limit => $"{SectionName}:{limit.Name}: PermitLimit must be at least 1 and Window above zero.")
            .FirstOrDefault();
}
