namespace Mirage.Api.ListCache;

/// <summary>How long the public lists' answers are kept for the next reader; the <c>ListCache</c> configuration section.</summary>
public sealed class ListCacheSettings
{
    public const string SectionName = "ListCache";

    /// <summary>
    /// The longest an answer is kept. Writes through this server drop the answers they change at once, so this bounds
    /// what another server's writes (with several servers) and writes that bypass the API leave stale. Zero turns the
    /// cache off.
    /// </summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The most the kept answers may take, in bytes; the least recently used make room.</summary>
    public long SizeLimitBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Why the cache could not work under these settings, or <c>null</c> when they are sound.</summary>
    public string? Problem =>
        Lifetime >= TimeSpan.Zero && SizeLimitBytes > 0
            ? null
            : $"{SectionName}: Lifetime must be at least zero and SizeLimitBytes above zero.";
}
