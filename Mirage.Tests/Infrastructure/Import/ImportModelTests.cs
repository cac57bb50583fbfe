using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Posts;
using Mirage.Domain.Rooms;
using Mirage.Domain.Users;
using Mirage.Domain.Votes;
using Mirage.Infrastructure.Import;
using Mirage.Infrastructure.Persistence.Postgres;
using Mirage.Tests.Builders;

namespace Mirage.Tests.Infrastructure.Import;

/// <summary>
/// How the bulk writers turn an entity into a row from EF's PostgreSQL model, where the mapping can go wrong:
/// converted columns, NULLs, time kinds (<c>timestamp with time zone</c> takes only UTC), rows an entity carries,
/// keys the database generates. No server is needed: the model is built without connecting.
/// </summary>
public sealed class ImportModelTests
{
    private static readonly ImportModel Model = new(new PostgresDesignTimeFactory().CreateDbContext([]).Model);

    [Test]
    public void Vote_DirectionIsStoredAsItsNumberInAnIntegerColumn()
    {
        var row = Model.RowsOf(new Vote { UserId = 1, PostId = 2, Direction = VoteDirection.Down }).Single();

        Assert.That(Value(row, "direction"), Is.EqualTo(-1));
        Assert.That(Column(row, "direction").StoreType, Is.EqualTo("integer"));
    }

    [Test]
    public void User_WithoutLockOrProfile_StoresNullForThoseColumns()
    {
        var row = Model.RowsOf(NewUser(7)).First();

        Assert.That(Value(row, "locked_until"), Is.Null);
        Assert.That(Value(row, "avatar_url"), Is.Null);
        Assert.That(Value(row, "username"), Is.EqualTo("user7"));
        Assert.That(Column(row, "username").StoreType, Is.EqualTo("character varying"), "the name Npgsql knows, without the length");
    }

    [TestCase(DateTimeKind.Utc)]
    [TestCase(DateTimeKind.Local)]
    public void Time_OfAnyKind_IsStoredAsTheSameInstantInUtc(DateTimeKind kind)
    {
        var time = new DateTime(2026, 12, 1, 23, 19, 7, kind);
        var user = NewUser(7);
        user.CreatedAt = time;
        user.LockedUntil = time;

        var row = Model.RowsOf(user).First();

        foreach (var column in new[] { "created_at", "locked_until" })
        {
            var stored = (DateTime)Value(row, column)!;
            Assert.That(stored.Kind, Is.EqualTo(DateTimeKind.Utc), column);
            Assert.That(stored, Is.EqualTo(kind == DateTimeKind.Utc ? time : time.ToUniversalTime()), column);
            Assert.That(Column(row, column).StoreType, Is.EqualTo("timestamp with time zone"), column);
        }
    }

    [Test]
    public void User_CarriesItsStatsRow_KeyedByTheUsersId()
    {
        var rows = Model.RowsOf(NewUser(41)).ToList();

        Assert.That(rows.Select(r => r.Table.Name), Is.EqualTo(new[] { "users", "user_profile" }));
        Assert.That(Value(rows[1], "user_id"), Is.EqualTo(41L));
        Assert.That(Value(rows[1], "posts"), Is.EqualTo(0));
    }

    [Test]
    public void StatsRow_OnItsOwn_IsRefusedForItHasNoOwnerToTakeItsKeyFrom() =>
        Assert.That(() => Model.RowsOf(new UserStats()).ToList(), Throws.InvalidOperationException);

    [Test]
    public void Post_WithItsLegacyId_WritesTheId()
    {
        var row = Model.RowsOf(new Post { Id = 42, UserId = 1, Content = "hi" }).Single();

        Assert.That(Value(row, "id"), Is.EqualTo(42L));
    }

    [Test]
    public void RoomMessage_WithoutId_LeavesTheIdToTheDatabase()
    {
        var row = Model.RowsOf(new RoomMessage { RoomId = 3, UserId = 1, Message = "hi" }).Single();

        Assert.That(row.Columns.Select(c => c.Name), Does.Not.Contain("id"));
        Assert.That(row.Columns.Select(c => c.Name), Does.Contain("room_id"));
    }

    [Test]
    public void Tables_AreOrderedSoThatEveryForeignKeyPointsAtATableWrittenBefore()
    {
        foreach (var type in new[] { typeof(User), typeof(UserStats), typeof(Post), typeof(PostHashtag), typeof(Vote), typeof(Room), typeof(RoomMember), typeof(RoomMessage) })
        {
            var table = Model.Table(type);
            foreach (var principal in table.Type.GetForeignKeys().Select(fk => fk.PrincipalEntityType.ClrType))
            {
                Assert.That(Model.Table(principal).Depth, Is.LessThan(table.Depth), $"{table.Name} after {principal.Name}");
            }
        }
    }

    [Test]
    public void Columns_OfEveryTable_AreAllTheModelMapsToIt()
    {
        var relational = new PostgresDesignTimeFactory().CreateDbContext([]).Model.GetRelationalModel();
        foreach (var table in relational.Tables)
        {
            var type = table.EntityTypeMappings.Single().TypeBase.ClrType;

            Assert.That(Model.Table(type).Columns.Select(c => c.Name), Is.EquivalentTo(table.Columns.Select(c => c.Name)), table.Name);
        }
    }

    private static User NewUser(long id) =>
        new UserBuilder().WithId(id).WithUsername($"user{id}").WithEmail($"user{id}@example.com").Build();

    private static ImportColumn Column(ImportRow row, string name) => row.Columns.Single(c => c.Name == name);

    private static object? Value(ImportRow row, string name) => row.Values[row.Columns.ToList().IndexOf(Column(row, name))];
}
