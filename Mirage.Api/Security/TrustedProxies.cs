using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Mirage.Api.Security;

/// <summary>Forwarded headers from the proxies in <see cref="ProxySettings"/> only.</summary>
public static class TrustedProxies
{
    public static IServiceCollection AddMirageTrustedProxies(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxySettings>>((options, proxies) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var address in proxies.Value.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(address));
            }
        });
        return services;
    }

    /// <summary>With no proxy listed the middleware would only cost time: it is not added.</summary>
    public static WebApplication UseMirageTrustedProxies(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ProxySettings>>().Value.KnownProxies.Length > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
