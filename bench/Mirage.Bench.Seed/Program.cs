using Mirage.Infrastructure;

// Grows a Mirage database that the server has already migrated to <posts> posts by seeded users
// (one user per ten posts), every fifth post with a hashtag, then recounts the seeded users' stats.
// Usage: Mirage.Bench.Seed <Sqlite|Postgres> <connection string> <posts>
using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Posts;
using Mirage.Domain.Users;
using Mirage.Infrastructure.Persistence;
using Mirage.Infrastructure.Persistence.Postgres;
using Mirage.Infrastructure.Persistence.Sqlite;
using Mirage.Infrastructure.Persistence.Users;

if (args.Length != 3 || !Enum.TryParse<DatabaseProvider>(args[0], out var provider) || !int.TryParse(args[2], out var targetPosts))
{
    Console.Error.WriteLine("usage: Mirage.Bench.Seed <Sqlite|Postgres> <connection string> <posts>");
    return 2;
}

const string Prefix = "seed";
const int BatchSize = 5_000;
await using MirageDbContext db = provider == DatabaseProvider.Postgres
    ? new PostgresMirageDbContext(Options<PostgresMirageDbContext>())
    : new SqliteMirageDbContext(Options<SqliteMirageDbContext>());
db.ChangeTracker.AutoDetectChangesEnabled = false;
var now = DateTime.UtcNow;

var targetUsers = Math.Max(100, targetPosts / 10);
var existingUsers = await db.Users.CountAsync(u => u.NormalizedUsername.StartsWith(Prefix));
for (var i = existingUsers; i < targetUsers; i += BatchSize)
{
    db.Users.AddRange(Enumerable.Range(i, Math.Min(BatchSize, targetUsers - i)).Select(n => new User
    {
        Username = $"{Prefix}{n:D6}",
        NormalizedUsername = $"{Prefix}{n:D6}",
        Email = $"{Prefix}{n:D6}@example.com",
        NormalizedEmail = $"{Prefix}{n:D6}@example.com",
        PasswordHash = "not-a-hash",
        CreatedAt = now,
    }));
    await db.SaveChangesAsync();
    db.ChangeTracker.Clear();
}

var userIds = await db.Users.Where(u => u.NormalizedUsername.StartsWith(Prefix)).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync();
var random = new Random(42);
var existingPosts = await db.Posts.CountAsync();
for (var i = existingPosts; i < targetPosts; i += BatchSize)
{
    var posts = Enumerable.Range(i, Math.Min(BatchSize, targetPosts - i)).Select(n => new Post
    {
        UserId = userIds[random.Next(userIds.Count)],
        Content = n % 5 == 0 ? $"post {n} about #topic{n % 17}" : $"post {n}",
        CreatedAt = now,
    }).ToList();
    db.Posts.AddRange(posts);
    await db.SaveChangesAsync();
    db.PostHashtags.AddRange(posts.Where(p => p.Content.Contains('#')).Select(p => new PostHashtag { PostId = p.Id, Tag = p.Content[(p.Content.IndexOf('#') + 1)..] }));
    await db.SaveChangesAsync();
    db.ChangeTracker.Clear();
}

await db.UserStats.ExecuteUpdateAsync(set => set.SetProperty(s => s.Posts, s => db.Posts.Count(p => p.UserId == EF.Property<long>(s, UserStatsConfiguration.UserId))));
Console.WriteLine($"seeded: {await db.Users.CountAsync()} users, {await db.Posts.CountAsync()} posts");
return 0;

DbContextOptions<TContext> Options<TContext>()
    where TContext : DbContext
{
    var options = new DbContextOptionsBuilder<TContext>();
    if (provider == DatabaseProvider.Postgres)
    {
        options.UseMiragePostgres(args[1]);
    }
    else
    {
        options.UseMirageSqlite(args[1]);
    }

    return options.Options;
}
