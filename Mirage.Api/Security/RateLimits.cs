using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Mirage.Api.Http;
using Mirage.Api.Passwords;

namespace Mirage.Api.Security;

/// <summary>ASP.NET Core's rate limiter, set up for Mirage: per-address and per-user policies and the password-hashing bound.</summary>
public static class RateLimits
{
    public const string Login = "login";
    public const string Register = "register";

    /// <summary>Per signed-in user, for every endpoint that posts a message (direct messages, room messages).</summary>
    public const string SendMessage = "send-message";

    public static IServiceCollection AddMirageRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitSettings>, IOptions<PasswordHashingSettings>>(
            (options, limitSettings, hashingSettings) =>
            {
                var limits = limitSettings.Value;

                // No queue here: a request waiting for a permit would wait outside MaxWait, which bounds its wait
                // for a hashing thread (PasswordHashingThreads). So the whole bound is let in at once, the rest refused.
                var hashingLimit = new ConcurrencyLimiterOptions { PermitLimit = hashingSettings.Value.AdmittedAtOnce, QueueLimit = 0 };
                options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                options.OnRejected = WriteRejectionAsync;
                options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    context.GetEndpoint()?.Metadata.GetMetadata<HashesPasswordAttribute>() is null
                        ? RateLimitPartition.GetNoLimiter(string.Empty)
                        : RateLimitPartition.GetConcurrencyLimiter("password-hashing", _ => hashingLimit));
                options.AddPolicy(Login, context => PerAddress(context, limits.Enabled, limits.Login));
                options.AddPolicy(Register, context => PerAddress(context, limits.Enabled, limits.Register));
                options.AddPolicy(SendMessage, context => PerUser(context, limits.Enabled, limits.SendMessage));
            });
        return services;
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context, bool enabled, WindowLimit limit) =>
        enabled
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limit.PermitLimit, Window = limit.Window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter(string.Empty);

    // Authorization has run by now (the limiter comes after it in the pipeline), so the user is known; the
    // policy belongs on [Authorize] endpoints only, and anything else shares one "anonymous" window.
    private static RateLimitPartition<string> PerUser(HttpContext context, bool enabled, WindowLimit limit) =>
        enabled
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limit.PermitLimit, Window = limit.Window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter(string.Empty);

    private static ValueTask WriteRejectionAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        return ProblemWriter.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, retryAfter: retryAfter);
    }
}
