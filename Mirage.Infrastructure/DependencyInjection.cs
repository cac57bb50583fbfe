using Microsoft.Extensions.DependencyInjection;
using Mirage.Domain.Feed;
using Mirage.Domain.Follows;
using Mirage.Domain.Passwords;
using Mirage.Domain.Posts;
using Mirage.Domain.Profiles;
using Mirage.Domain.Replies;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;
using Mirage.Domain.Votes;
using Mirage.Infrastructure.Css;
using Mirage.Infrastructure.Passwords;
using Mirage.Infrastructure.Persistence;
using Mirage.Infrastructure.Persistence.Feed;
using Mirage.Infrastructure.Persistence.Follows;
using Mirage.Infrastructure.Persistence.Passwords;
using Mirage.Infrastructure.Persistence.Postgres;
using Mirage.Infrastructure.Persistence.Posts;
using Mirage.Infrastructure.Persistence.Profiles;
using Mirage.Infrastructure.Persistence.Replies;
using Mirage.Infrastructure.Persistence.Sessions;
using Mirage.Infrastructure.Persistence.Sqlite;
using Mirage.Infrastructure.Persistence.Users;
using Mirage.Infrastructure.Persistence.Votes;
using Mirage.Infrastructure.Sessions;

namespace Mirage.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddMirageInfrastructure(
        this IServiceCollection services, DatabaseProvider provider, string connectionString, int passwordIterationCount)
    {
        // Pooled contexts: a request borrows a configured context instead of building one.
        switch (provider)
        {
            case DatabaseProvider.Postgres:
                services.AddDbContextPool<MirageDbContext, PostgresMirageDbContext>(
                    options => options.UseMirageDatabase(provider, connectionString));
                break;
            default:
                services.AddDbContextPool<MirageDbContext, SqliteMirageDbContext>(
                    options => options.UseMirageDatabase(provider, connectionString), DatabaseOptions.SqliteContextPoolSize);
                break;
        }

        services.AddScoped<IUserRepository, UserRepository>();
        services.AddScoped<IPasswordStore, PasswordStore>();
        services.AddScoped<ILockoutStore, LockoutStore>();
        services.AddScoped<IProfileQueries, ProfileQueries>();
        services.AddScoped<IProfileRepository, ProfileRepository>();
        services.AddScoped<ISessionRepository, SessionRepository>();
        services.AddScoped<IFollowRepository, FollowRepository>();
        services.AddScoped<IPostRepository, PostRepository>();
        services.AddScoped<IVoteRepository, VoteRepository>();
        services.AddScoped<IReplyRepository, ReplyRepository>();
        services.AddScoped<IFeedRepository, FeedRepository>();
        services.AddSingleton<IPasswordHasher>(new IdentityPasswordHasher(passwordIterationCount));
        services.AddSingleton<ISessionTokenGenerator, SessionTokenGenerator>();
        services.AddSingleton<ICssSanitizer, CssSanitizer>();
        return services;
    }
}
