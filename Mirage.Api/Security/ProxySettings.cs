using System.Net;

namespace Mirage.Api.Security;

/// <summary>
/// The <c>ForwardedHeaders</c> section: <c>X-Forwarded-For</c> is believed only from the proxies listed in
/// <see cref="KnownProxies"/>; with none listed it is ignored, so a client cannot pick its own address for the rate limits.
/// </summary>
public sealed class ProxySettings
{
    public const string SectionName = "ForwardedHeaders";

    public string[] KnownProxies { get; set; } = [];

    public string? Problem =>
        KnownProxies.FirstOrDefault(text => !IPAddress.TryParse(text, out _)) is { } bad
            ? $"{SectionName}:KnownProxies: '{bad}' is not an IP address"
            : null;
}
