namespace Mirage.Api.Observability;

/// <summary>
/// The <c>Observability:Metrics</c> section: whether <see cref="MetricsEndpoint.Path"/> answers Prometheus scrapes
/// (off by default: counts of logins and lock-outs are not for the public), and the token a scrape must present.
/// </summary>
public sealed class MetricsSettings
{
    public const string SectionName = "Observability:Metrics";

    /// <summary>Long enough that it cannot be guessed; a generated one is 32 random characters or more.</summary>
    public const int MinTokenLength = 16;

    public bool Enabled { get; set; }

    /// <summary>When set, a scrape needs <c>Authorization: Bearer &lt;token&gt;</c>; when empty, whoever reaches the port may scrape.</summary>
    public string? ScrapeToken { get; set; }

    public bool RequiresToken => !string.IsNullOrEmpty(ScrapeToken);

    public string? Problem =>
        RequiresToken && (ScrapeToken!.Length < MinTokenLength || ScrapeToken.Trim() != ScrapeToken)
            ? $"{SectionName}:ScrapeToken must be at least {MinTokenLength} characters, without surrounding spaces (or empty for no token)."
            : null;
}
