using Microsoft.Extensions.Options;
using Mirage.Api.Http;
using Mirage.Api.ListCache;
using Mirage.Api.Observability;
using Mirage.Api.Passwords;
using Mirage.Api.Security;
using Mirage.Domain.Files;
using Mirage.Domain.Passwords;
using Mirage.Domain.Rooms;
using Mirage.Domain.Sessions;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Passwords;

namespace Mirage.Api.Setup;

/// <summary>
/// Every configuration section Mirage reads, bound once through the options pattern and checked at start-up;
/// the keys are listed in README.md.
/// </summary>
public static class SettingsServices
{
    public static IServiceCollection AddMirageSettings(this IServiceCollection services)
    {
        services.AddSettings<DatabaseSettings>(DatabaseSettings.SectionName, settings => settings.Problem)
            .Configure<IConfiguration>((settings, configuration) =>
                settings.ConnectionString = configuration.GetConnectionString(DatabaseSettings.ConnectionStringName));
        services.AddSettings<SecuritySettings>(SecuritySettings.SectionName, settings => settings.Problem);
        services.AddSettings<PasswordHashingSettings>(PasswordHashingSettings.SectionName, settings => settings.Problem);
        services.AddSettings<RateLimitSettings>(RateLimitSettings.SectionName, settings => settings.Problem);
        services.AddSettings<ProxySettings>(ProxySettings.SectionName, settings => settings.Problem);
        services.AddSettings<CorsSettings>(CorsSettings.SectionName, settings => settings.Problem);
        services.AddSettings<RequestLimitSettings>(RequestLimitSettings.SectionName, settings => settings.Problem);
        services.AddSettings<SessionPolicy>(SessionPolicy.SectionName, settings => settings.Problem);
        services.AddSettings<LockoutPolicy>(LockoutPolicy.SectionName, settings => settings.Problem);
        services.AddSettings<FileSettings>(FileSettings.SectionName, settings => settings.Problem);
        services.AddSettings<RoomPolicy>(RoomPolicy.SectionName, settings => settings.Problem);
        services.AddSettings<HostingSettings>(HostingSettings.SectionName, settings => settings.Problem);
        services.AddSettings<MetricsSettings>(MetricsSettings.SectionName, settings => settings.Problem);
        services.AddSettings<ListCacheSettings>(ListCacheSettings.SectionName, settings => settings.Problem);

        // The domain takes its policies as plain objects, not IOptions.
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<SessionPolicy>>().Value);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<LockoutPolicy>>().Value);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<FileSettings>>().Value);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<RoomPolicy>>().Value);
        return services;
    }

    /// <summary>Checks every setting now, before the database is migrated, instead of when the server starts listening.</summary>
    public static void ValidateSettings(this WebApplication app) => app.Services.GetRequiredService<IStartupValidator>().Validate();

    private static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services, string section, Func<T, string?> problem)
        where T : class
    {
        services.AddSingleton<IValidateOptions<T>>(new SettingsCheck<T>(problem));
        return services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
    }
}
