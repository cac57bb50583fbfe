using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Mirage.Domain.Accounts;
using Mirage.Domain.DirectMessages;
using Mirage.Domain.Common;
using Mirage.Domain.Feed;
using Mirage.Domain.Files;
using Mirage.Domain.Follows;
using Mirage.Domain.Passwords;
using Mirage.Domain.Posts;
using Mirage.Domain.Profiles;
using Mirage.Domain.Replies;
using Mirage.Domain.Rooms;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;
using Mirage.Domain.Votes;
using Mirage.Infrastructure.Css;
using Mirage.Infrastructure.Files;
using Mirage.Infrastructure.Import;
using Mirage.Infrastructure.Passwords;
using Mirage.Infrastructure.Persistence;
using Mirage.Infrastructure.Persistence.Accounts;
using Mirage.Infrastructure.Persistence.DirectMessages;
using Mirage.Infrastructure.Persistence.Feed;
using Mirage.Infrastructure.Persistence.Files;
using Mirage.Infrastructure.Persistence.Follows;
using Mirage.Infrastructure.Persistence.Passwords;
using Mirage.Infrastructure.Persistence.Postgres;
using Mirage.Infrastructure.Persistence.Posts;
using Mirage.Infrastructure.Persistence.Profiles;
using Mirage.Infrastructure.Persistence.Replies;
using Mirage.Infrastructure.Persistence.Rooms;
using Mirage.Infrastructure.Persistence.Sessions;
using Mirage.Infrastructure.Persistence.Sqlite;
using Mirage.Infrastructure.Persistence.Users;
using Mirage.Infrastructure.Persistence.Votes;
using Mirage.Infrastructure.Sessions;

namespace Mirage.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Repositories, hashing and the database. The provider is read from <see cref="DatabaseSettings"/> when the
    /// first context is needed, so both providers' pools are registered and only the configured one is ever built.
    /// </summary>
    public static IServiceCollection AddMirageInfrastructure(this IServiceCollection services)
    {
        // Pooled contexts: a request borrows a configured context instead of building one.
        services.AddDbContextPool<SqliteMirageDbContext>(
            (provider, options) => options.UseMirageSqlite(ConfiguredDatabase(provider, DatabaseProvider.Sqlite)), SqliteOptions.ContextPoolSize);
        services.AddDbContextPool<PostgresMirageDbContext>(
            (provider, options) => options.UseMiragePostgres(ConfiguredDatabase(provider, DatabaseProvider.Postgres)));
        services.AddScoped<MirageDbContext>(provider =>
            IsPostgres(provider) ? provider.GetRequiredService<PostgresMirageDbContext>() : provider.GetRequiredService<SqliteMirageDbContext>());

        // The import's bulk writes are the one place where a provider needs its own path (see IImportWriter).
        services.AddScoped<IImportWriter>(provider => IsPostgres(provider)
            ? new PostgresCopyWriter(provider.GetRequiredService<MirageDbContext>())
            : new SqliteInsertWriter(provider.GetRequiredService<MirageDbContext>()));

        services.AddSingleton<IWriteGate>(provider =>
            provider.GetRequiredService<IOptions<DatabaseSettings>>().Value.ProviderKind == DatabaseProvider.Postgres
                ? new PostgresWriteGate()
                : new SqliteWriteGate());
        services.AddScoped<DatabaseWrites>();

        services.AddScoped<IUserRepository, UserRepository>();
        services.AddScoped<IPasswordStore, PasswordStore>();
        services.AddScoped<ILockoutStore, LockoutStore>();
        services.AddScoped<IProfileQueries, ProfileQueries>();
        services.AddScoped<IProfileRepository, ProfileRepository>();
        services.AddScoped<CustomCssBackfill>();
        services.AddScoped<IAccountSettingsStore, AccountSettingsStore>();
        services.AddScoped<ISessionRepository, SessionRepository>();
        services.AddScoped<IFollowRepository, FollowRepository>();
        services.AddScoped<IPostRepository, PostRepository>();
        services.AddScoped<IVoteRepository, VoteRepository>();
        services.AddScoped<IReplyRepository, ReplyRepository>();
        services.AddScoped<IFeedRepository, FeedRepository>();
        services.AddScoped<IDirectMessageRepository, DirectMessageRepository>();
        services.AddScoped<IInboxQueries, InboxQueries>();
        services.AddSingleton<KnownSharedFiles>();
        services.AddScoped<ISharedFileRepository, SharedFileRepository>();
        services.AddScoped<DatabaseFileStore>();
        services.AddSingleton(provider => new DirectoryFileStore(provider.GetRequiredService<FileSettings>().Directory));
        services.AddScoped<IFileStore>(provider => provider.GetRequiredService<FileSettings>().StoreKind == FileStoreKind.Database
            ? provider.GetRequiredService<DatabaseFileStore>()
            : provider.GetRequiredService<DirectoryFileStore>());
        services.AddScoped<IRoomRepository, RoomRepository>();
        services.AddScoped<IRoomQueries, RoomQueries>();
        services.AddScoped<IRoomLockoutStore, RoomLockoutStore>();
        services.AddScoped<IExpirySweep, RoomMessageSweep>();
        services.AddSingleton<IPasswordHasher>(provider =>
            new WerkzeugPasswordHasher(new IdentityPasswordHasher(provider.GetRequiredService<IOptions<SecuritySettings>>().Value.PasswordHashIterations)));
        services.AddSingleton<ISessionTokenGenerator, SessionTokenGenerator>();
        services.AddSingleton<ICssSanitizer, CssSanitizer>();
        services.AddScoped<LegacyImporter>();
        return services;
    }

    private static bool IsPostgres(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<DatabaseSettings>>().Value.ProviderKind == DatabaseProvider.Postgres;

    /// <returns>The configured connection string, when <paramref name="expected"/> is the configured provider.</returns>
    private static string ConfiguredDatabase(IServiceProvider provider, DatabaseProvider expected)
    {
        var database = provider.GetRequiredService<IOptions<DatabaseSettings>>().Value;
        return database.ProviderKind == expected
            ? database.EffectiveConnectionString
            : throw new InvalidOperationException($"Mirage is configured for {database.ProviderKind}, not {expected}.");
    }
}
