namespace Mirage.Api.Security;

/// <summary>At most <see cref="PermitLimit"/> requests per client address (or per user) in each <see cref="Window"/>.</summary>
public sealed class WindowLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}
