using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Mirage.Tests.Api.Scale;

/// <summary>
/// Fills a migrated database with many users, posts, hashtags and follows straight through SQLite:
/// one prepared command per table inside one transaction, so 100,000 posts take seconds.
/// </summary>
public static class ScaleSeeder
{
    public const string UsernamePrefix = "seed";

    public static string Username(int i) => $"{UsernamePrefix}{i:D5}";

    public static void Seed(string connectionString, int userCount, int postCount, int followsPerUser)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var random = new Random(42);
        var start = DateTime.UtcNow.AddDays(-30);
        var firstUserId = NextId(connection, transaction, "users");

        using (var user = Prepare(connection, transaction, "INSERT INTO users (id, username, normalized_username, email, normalized_email, password_hash, created_at, failed_login_count) VALUES ($id, $name, $name, $email, $email, 'not-a-hash', $at, 0)", "$id", "$name", "$email", "$at"))
        using (var stats = Prepare(connection, transaction, "INSERT INTO user_profile (user_id, followers, following, posts, upvotes, downvotes) VALUES ($id, 0, 0, 0, 0, 0)", "$id"))
        {
            for (var i = 0; i < userCount; i++)
            {
                Run(user, firstUserId + i, Username(i), $"{Username(i)}@example.com", Timestamp(start));
                Run(stats, firstUserId + i);
            }
        }

        using (var post = Prepare(connection, transaction, "INSERT INTO posts (user_id, content, created_at, upvotes, downvotes, reply_count) VALUES ($user, $content, $at, 0, 0, 0) RETURNING id", "$user", "$content", "$at"))
        using (var tag = Prepare(connection, transaction, "INSERT INTO post_hashtags (post_id, tag) VALUES ($post, $tag)", "$post", "$tag"))
        {
            for (var i = 0; i < postCount; i++)
            {
                var hasTag = i % 5 == 0;
                var topic = $"topic{random.Next(20)}";
                post.Parameters["$user"].Value = firstUserId + random.Next(userCount);
                post.Parameters["$content"].Value = hasTag ? $"post {i} about #{topic}" : $"post {i}";
                post.Parameters["$at"].Value = Timestamp(start.AddSeconds(i * 20));
                var postId = (long)post.ExecuteScalar()!;
                if (hasTag)
                {
                    Run(tag, postId, topic);
                }
            }
        }

        using (var follow = Prepare(connection, transaction, "INSERT OR IGNORE INTO follows (follower_id, followee_id, created_at) VALUES ($from, $to, $at)", "$from", "$to", "$at"))
        {
            for (var i = 0; i < userCount; i++)
            {
                for (var j = 0; j < followsPerUser; j++)
                {
                    var followee = random.Next(userCount);
                    if (followee != i)
                    {
                        Run(follow, firstUserId + i, firstUserId + followee, Timestamp(start.AddMinutes(j)));
                    }
                }
            }
        }

        Execute(connection, transaction, """
            UPDATE user_profile SET
                posts = (SELECT COUNT(*) FROM posts WHERE posts.user_id = user_profile.user_id),
                followers = (SELECT COUNT(*) FROM follows WHERE follows.followee_id = user_profile.user_id),
                following = (SELECT COUNT(*) FROM follows WHERE follows.follower_id = user_profile.user_id)
            """);

        // No ANALYZE: a production database never gets one, so the planner must do without statistics here too.
        transaction.Commit();
    }

    /// <summary>Adds <paramref name="count"/> posts by one user, newer than every post already there.</summary>
    public static void AddPosts(string connectionString, string username, int count)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var userId = UserId(connection, transaction, username);
        using var post = Prepare(connection, transaction, "INSERT INTO posts (user_id, content, created_at, upvotes, downvotes, reply_count) VALUES ($user, $content, $at, 0, 0, 0)", "$user", "$content", "$at");
        for (var i = 0; i < count; i++)
        {
            Run(post, userId, $"my post {i}", Timestamp(DateTime.UtcNow));
        }

        transaction.Commit();
    }

    public static void DeletePostsOf(string connectionString, string username)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var delete = Prepare(connection, transaction, "DELETE FROM posts WHERE user_id = $user", "$user");
        Run(delete, UserId(connection, transaction, username));
        transaction.Commit();
    }

    private static long UserId(SqliteConnection connection, SqliteTransaction transaction, string username)
    {
        using var command = Prepare(connection, transaction, "SELECT id FROM users WHERE normalized_username = $name", "$name");
        command.Parameters[0].Value = username.ToLowerInvariant();
        return (long)command.ExecuteScalar()!;
    }

    private static long NextId(SqliteConnection connection, SqliteTransaction transaction, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    // The format EF Core's SQLite provider stores DateTime in.
    private static string Timestamp(DateTime at) => at.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
