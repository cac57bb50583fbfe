using Microsoft.EntityFrameworkCore;
using Mirage.Domain.DirectMessages;
using Mirage.Domain.Files;
using Mirage.Domain.Follows;
using Mirage.Domain.Posts;
using Mirage.Domain.Replies;
using Mirage.Domain.Rooms;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;
using Mirage.Domain.Votes;
using Mirage.Infrastructure.Persistence.Files;
using Mirage.Infrastructure.Persistence.Rooms;

namespace Mirage.Infrastructure.Persistence;

/// <summary>
/// Mirage's database: one model for every provider. Each provider has its own subclass only so that
/// it can keep its own migrations (<see cref="Sqlite.SqliteMirageDbContext"/>, <see cref="Postgres.PostgresMirageDbContext"/>).
/// The schema changes only through migrations in <c>Mirage.Infrastructure/Migrations/&lt;Provider&gt;</c>,
/// added for both providers from the same model (see migrations.md):
/// <code>dotnet ef migrations add &lt;Name&gt; --context SqliteMirageDbContext --output-dir Migrations/Sqlite --project Mirage.Infrastructure --startup-project Mirage.Api
/// dotnet ef migrations add &lt;Name&gt; --context PostgresMirageDbContext --output-dir Migrations/Postgres --project Mirage.Infrastructure --startup-project Mirage.Api</code>
/// </summary>
public abstract class MirageDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<UserStats> UserStats => Set<UserStats>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<Follow> Follows => Set<Follow>();

    public DbSet<Post> Posts => Set<Post>();

    public DbSet<PostHashtag> PostHashtags => Set<PostHashtag>();

    public DbSet<Vote> Votes => Set<Vote>();

    public DbSet<Reply> Replies => Set<Reply>();

    public DbSet<DirectMessage> DirectMessages => Set<DirectMessage>();

    public DbSet<InboxRead> InboxReads => Set<InboxRead>();

    public DbSet<SharedFile> SharedFiles => Set<SharedFile>();

    public DbSet<FileContent> FileContents => Set<FileContent>();

    public DbSet<Room> Rooms => Set<Room>();

    public DbSet<RoomMember> RoomMembers => Set<RoomMember>();

    public DbSet<RoomMessage> RoomMessages => Set<RoomMessage>();

    public DbSet<RoomLockout> RoomLockouts => Set<RoomLockout>();

    public DbSet<RoomCounts> RoomCounts => Set<RoomCounts>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MirageDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
}
