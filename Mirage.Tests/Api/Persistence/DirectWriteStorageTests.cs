using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Domain.DirectMessages;
using Mirage.Domain.Follows;
using Mirage.Domain.Posts;
using Mirage.Domain.Replies;
using Mirage.Domain.Rooms;
using Mirage.Domain.Votes;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Persistence;

/// <summary>
/// The writes that go past EF Core's change tracker (<see cref="DirectWrite"/>), whose SQL is written by hand, store
/// every column as <c>SaveChanges</c> does: a row written through the API and a copy of it that EF Core saves read
/// back alike, column by column, in the database's own representation (the text SQLite keeps a timestamp as, a
/// vote's direction as a number). Lists and the feed compare and order those columns as stored.
/// </summary>
public sealed class DirectWriteStorageTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task Post_AndItsHashtag_AreStoredAsSaveChangesStoresThem()
    {
        var author = await Client.RegisterAndLoginAsync(Names.Unique("stored"));
        var postId = await Client.CreatePostAsync(author, "stored as saved #storedtag");

        var copyId = await SaveCopyAsync(db => db.Posts.AsNoTracking().SingleAsync(p => p.Id == postId), post =>
            new Post { UserId = post.UserId, Content = post.Content, CreatedAt = post.CreatedAt });
        await SaveAsync(new PostHashtag { PostId = copyId, Tag = "storedtag" });

        await AssertStoredAlikeAsync("posts", "id", postId, copyId);
        await AssertStoredAlikeAsync("post_hashtags", "post_id", postId, copyId);
    }

    [Test]
    public async Task Reply_IsStoredAsSaveChangesStoresIt()
    {
        var author = await Client.RegisterAndLoginAsync(Names.Unique("stored"));
        var replyId = await Client.ReplyAsync(author, await Client.CreatePostAsync(author), "a stored reply");

        var copyId = await SaveCopyAsync(db => db.Replies.AsNoTracking().SingleAsync(r => r.Id == replyId), reply =>
            new Reply { PostId = reply.PostId, UserId = reply.UserId, Content = reply.Content, CreatedAt = reply.CreatedAt });

        await AssertStoredAlikeAsync("replies", "id", replyId, copyId);
    }

    [Test]
    public async Task DirectMessage_IsStoredAsSaveChangesStoresIt()
    {
        var sender = await Client.RegisterAndLoginAsync(Names.Unique("stored"));
        var recipient = await Client.RegisterAndLoginAsync(Names.Unique("stored"));
        var messageId = await Client.SendMessageIdAsync(sender, recipient.Username, "a stored message");

        DirectMessage stored = null!;
        var copyId = await SaveCopyAsync(async db => stored = await db.DirectMessages.AsNoTracking().SingleAsync(m => m.Id == messageId), message =>
            new DirectMessage { SenderId = message.SenderId, RecipientId = message.RecipientId, Message = message.Message, CreatedAt = message.CreatedAt });

        await AssertStoredAlikeAsync("direct_messages", "id", messageId, copyId);
        Assert.That((stored.SenderId, stored.RecipientId), Is.EqualTo((await IdOfAsync(sender), await IdOfAsync(recipient))), "each id in its own column");
    }

    [Test]
    public async Task RoomMessage_IsStoredAsSaveChangesStoresIt()
    {
        var sender = await Client.RegisterAndLoginAsync(Names.Unique("stored"));
        var roomId = await Client.CreateRoomAsync(sender);
        await Client.SendRoomMessageOkAsync(sender, roomId, "a stored room message");

        RoomMessage stored = null!;
        var copyId = await SaveCopyAsync(
            async db => stored = await db.RoomMessages.AsNoTracking().SingleAsync(m => m.RoomId == roomId),
            message => new RoomMessage
            {
                RoomId = message.RoomId, UserId = message.UserId, Message = message.Message, CreatedAt = message.CreatedAt, ExpiresAt = message.ExpiresAt,
            });

        await AssertStoredAlikeAsync("room_messages", "id", stored.Id, copyId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored.UserId, Is.EqualTo(await IdOfAsync(sender)), "the sender in its column");
            Assert.That(stored.ExpiresAt, Is.GreaterThan(stored.CreatedAt), "the expiry in its column");
        }
    }

    [Test]
    public async Task VoteTurnedAndFollow_AreStoredAsSaveChangesStoresThem()
    {
        var author = await Client.RegisterAndLoginAsync(Names.Unique("stored"));
        var voter = await Client.RegisterAndLoginAsync(Names.Unique("stored"));
        var other = await Client.RegisterAndLoginAsync(Names.Unique("stored"));
        var postId = await Client.CreatePostAsync(author);
        await Client.VoteAsync(voter, postId, "up");
        await Client.VoteAsync(voter, postId, "down");
        await Client.FollowAsync(voter, author.Username);

        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
        var voterId = await IdOfAsync(voter);
        var otherId = await IdOfAsync(other);
        var vote = await db.Votes.AsNoTracking().SingleAsync(v => v.PostId == postId && v.UserId == voterId);
        var follow = await db.Follows.AsNoTracking().SingleAsync(f => f.FollowerId == voterId);
        db.Votes.Add(new Vote { UserId = otherId, PostId = postId, Direction = vote.Direction, CreatedAt = vote.CreatedAt });
        db.Follows.Add(new Follow { FollowerId = otherId, FolloweeId = follow.FolloweeId, CreatedAt = follow.CreatedAt });
        await db.SaveChangesAsync();

        Assert.That(vote.Direction, Is.EqualTo(VoteDirection.Down), "the vote was turned");
        await AssertStoredAlikeAsync("votes", "user_id", voterId, otherId);
        await AssertStoredAlikeAsync("follows", "follower_id", voterId, otherId);
    }

    private Task<long> IdOfAsync(TestAccount account) =>
        WithDbAsync(db => db.Users.Where(u => u.Username == account.Username).Select(u => u.Id).SingleAsync());

    // Reads the row the API wrote, saves a copy of it through EF Core and returns the copy's id.
    private Task<long> SaveCopyAsync<T>(Func<MirageDbContext, Task<T>> find, Func<T, T> copy)
        where T : class =>
        WithDbAsync(async db =>
        {
            var saved = copy(await find(db));
            db.Add(saved);
            await db.SaveChangesAsync();
            return (long)db.Entry(saved).Property("Id").CurrentValue!;
        });

    private Task SaveAsync(object entity) =>
        WithDbAsync(db =>
        {
            db.Add(entity);
            return db.SaveChangesAsync();
        });

    // Runs `work` on a context of its own, as a request's.
    private async Task<T> WithDbAsync<T>(Func<MirageDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MirageDbContext>());
    }

    // Every column of the row whose `key` is `written` equals the one whose `key` is `saved`, as the database gives it
    // back, but the key itself.
    private async Task AssertStoredAlikeAsync(string table, string key, long written, long saved)
    {
        var writtenRow = await RawRowAsync(table, key, written);
        var savedRow = await RawRowAsync(table, key, saved);
        Assert.That(writtenRow, Is.Not.Empty, $"{table} has columns besides {key}");
        Assert.That(writtenRow, Is.EqualTo(savedRow), $"{table}: the API's row against EF Core's copy");
    }

    // "column = type: value" for every column but the key, in the table's order.
    private Task<List<string>> RawRowAsync(string table, string key, long value) => WithDbAsync(async db =>
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT * FROM {table} WHERE {key} = {value}";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.That(await reader.ReadAsync(), Is.True, $"a row in {table} with {key} {value}");
        var row = new List<string>();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (reader.GetName(i) == key)
            {
                continue;
            }

            var stored = reader.GetValue(i);
            var text = stored is DateTime time ? time.ToString("O", CultureInfo.InvariantCulture) : Convert.ToString(stored, CultureInfo.InvariantCulture);
            row.Add($"{reader.GetName(i)} = {stored.GetType().Name}: {text}");
        }

        return row;
    });
}
