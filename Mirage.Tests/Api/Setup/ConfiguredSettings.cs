using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Mirage.Api.Setup;

namespace Mirage.Tests.Api.Setup;

/// <summary>Settings bound and checked exactly as the service binds and checks them, from the given keys.</summary>
public static class ConfiguredSettings
{
    public static T Of<T>(params (string Key, string Value)[] values)
        where T : class
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value)))
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddMirageSettings();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<T>>().Value;
    }
}
