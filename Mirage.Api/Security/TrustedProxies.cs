using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Mirage.Api.Security;

/// <summary>
/// <c>X-Forwarded-For</c> is believed only from the proxies listed in <c>ForwardedHeaders:KnownProxies</c>;
/// with none listed it is ignored, so a client cannot pick its own address for the rate limits.
/// </summary>
public static class TrustedProxies
{
    public const string ConfigurationKey = "ForwardedHeaders:KnownProxies";

    public static bool AnyConfigured(IConfiguration configuration) => Addresses(configuration).Length > 0;

    public static void Configure(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var address in Addresses(configuration))
        {
            options.KnownProxies.Add(address);
        }
    }

    private static IPAddress[] Addresses(IConfiguration configuration) =>
        (configuration.GetSection(ConfigurationKey).Get<string[]>() ?? [])
            .Select(text => IPAddress.TryParse(text, out var address) ? address : throw new InvalidOperationException($"{ConfigurationKey}: '{text}' is not an IP address"))
            .ToArray();
}
