namespace Mirage.Api.Http;

/// <summary>The <c>Limits</c> section: how large a request body may be, and how long a request may run.</summary>
public sealed class RequestLimitSettings
{
    public const string SectionName = "Limits";

    public static readonly TimeSpan LongestRequestTimeout = TimeSpan.FromHours(1);

    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>After this a request is answered 503 (<see cref="RequestTimeouts"/>); password hashing has its own, shorter bound.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public string? Problem =>
        MaxRequestBodyBytes < 1 ? $"{SectionName}:MaxRequestBodyBytes must be at least 1."
        : RequestTimeout <= TimeSpan.Zero || RequestTimeout > LongestRequestTimeout
            ? $"{SectionName}:RequestTimeout must be above zero and at most {LongestRequestTimeout}."
        : null;
}
