using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Mirage.Api.Http;
using Mirage.Api.Passwords;

namespace Mirage.Api.Security;

/// <summary>ASP.NET Core's rate limiter, set up for Mirage: per-address policies and the password-hashing bound.</summary>
public static class RateLimits
{
    public const string Login = "login";
    public const string Register = "register";

    public static IServiceCollection AddMirageRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perAddress = configuration.GetSection(RateLimitSettings.SectionName).Get<RateLimitSettings>() ?? new RateLimitSettings();
        var hashing = PasswordHashingSettings.From(configuration);

        // No queue here: a request waiting for a permit would wait outside MaxWait, which bounds its wait for
        // a hashing thread (PasswordHashingThreads). So the whole bound is let in at once, and the rest refused.
        var hashingLimit = new ConcurrencyLimiterOptions { PermitLimit = hashing.MaxConcurrent + hashing.MaxQueued, QueueLimit = 0 };

        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = WriteRejectionAsync;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.GetEndpoint()?.Metadata.GetMetadata<HashesPasswordAttribute>() is null
                    ? RateLimitPartition.GetNoLimiter(string.Empty)
                    : RateLimitPartition.GetConcurrencyLimiter("password-hashing", _ => hashingLimit));
            options.AddPolicy(Login, context => PerAddress(context, perAddress.Enabled, perAddress.Login));
            options.AddPolicy(Register, context => PerAddress(context, perAddress.Enabled, perAddress.Register));
        });
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context, bool enabled, WindowLimit limit) =>
        enabled
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limit.PermitLimit, Window = limit.Window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter(string.Empty);

    private static ValueTask WriteRejectionAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        return ProblemWriter.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, retryAfter: retryAfter);
    }
}
