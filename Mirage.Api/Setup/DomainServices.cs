using Microsoft.Extensions.Options;
using Mirage.Api.Files;
using Mirage.Api.Expiry;
using Mirage.Api.Passwords;
using Mirage.Api.Security;
using Mirage.Api.Sessions;
using Mirage.Domain.Accounts;
using Mirage.Domain.DirectMessages;
using Mirage.Domain.Common;
using Mirage.Domain.Feed;
using Mirage.Domain.Files;
using Mirage.Domain.Follows;
using Mirage.Domain.Observability;
using Mirage.Domain.Passwords;
using Mirage.Domain.Posts;
using Mirage.Domain.Profiles;
using Mirage.Domain.Replies;
using Mirage.Domain.Rooms;
using Mirage.Domain.Security;
using Mirage.Domain.Sessions;
using Mirage.Domain.Votes;
using Mirage.Infrastructure.Passwords;

namespace Mirage.Api.Setup;

/// <summary>The domain services, and what they need from the HTTP request (who calls, from where).</summary>
public static class DomainServices
{
    public static IServiceCollection AddMirageDomain(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IPasswordHashingScheduler>(provider =>
        {
            var hashing = provider.GetRequiredService<IOptions<PasswordHashingSettings>>().Value;
            return new PasswordHashingThreads(
                hashing.Threads,
                hashing.Niceness,
                hashing.MaxWait,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<PasswordHashingThreads>>(),
                provider.GetRequiredService<MirageMetrics>());
        });
        services.AddSingleton<PasswordService>();
        services.AddScoped<PasswordGuard>();
        services.AddScoped<SessionService>();
        services.AddScoped<AccountService>();
        services.AddScoped<AccountSettingsService>();
        services.AddScoped<ProfileService>();
        services.AddSingleton<ProfileEditor>();
        services.AddScoped<UserSettingsService>();
        services.AddScoped<FollowService>();
        services.AddScoped<PostService>();
        services.AddScoped<VoteService>();
        services.AddScoped<ReplyService>();
        services.AddScoped<FeedService>();
        services.AddSingleton<TrendingTopics>();
        services.AddScoped<DirectMessageService>();
        services.AddScoped<FileService>();
        services.AddScoped<SharedFileRemoval>();
        services.AddScoped<IExpirySweep, FileExpirySweep>();
        services.AddScoped<RoomPasswordGuard>();
        services.AddScoped<RoomService>();
        services.AddScoped<RoomDirectory>();
        services.AddScoped<RoomChatService>();
        services.AddScoped<IRoomUploads, RoomUploads>();
        services.AddHostedService<ExpirySweeper>();

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<IClientInfo, HttpClientInfo>();
        services.AddScoped<IFileLinks, HttpFileLinks>();
        services.AddSingleton<ISecurityEvents, SecurityEventLog>();
        return services;
    }
}
