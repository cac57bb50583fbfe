namespace Mirage.Api.Http;

/// <summary>The <c>Limits</c> section: how large a request body may be.</summary>
public sealed class RequestLimitSettings
{
    public const string SectionName = "Limits";

    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    public string? Problem => MaxRequestBodyBytes >= 1 ? null : $"{SectionName}:MaxRequestBodyBytes must be at least 1.";
}
