using System.Collections.Concurrent;
using Mirage.Domain.Files;

namespace Mirage.Tests.Api.Support;

/// <summary>
/// Chat rooms as file sharing sees them, until the rooms feature is merged: rooms a test opens, members it adds,
/// the links uploads post. The test host registers it only when nothing else provides <see cref="IRoomUploads"/>,
/// so the real rooms win once they exist.
/// </summary>
public sealed class FakeRoomUploads(TimeProvider clock) : IRoomUploads
{
    /// <summary>How long a posted link's room message lives, and so its file.</summary>
    public static readonly TimeSpan MessageLifetime = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<long, ConcurrentDictionary<long, bool>> _members = new();
    private long _lastRoomId = 1000;

    public ConcurrentQueue<(long RoomId, long UserId, string Url)> Links { get; } = new();

    public long OpenRoom(params long[] memberIds)
    {
        var roomId = Interlocked.Increment(ref _lastRoomId);
        _members[roomId] = new ConcurrentDictionary<long, bool>(memberIds.Select(id => KeyValuePair.Create(id, true)));
        return roomId;
    }

    public Task<RoomUploadAccess> CheckAsync(long roomId, long userId, CancellationToken cancellationToken) =>
        Task.FromResult(
            !_members.TryGetValue(roomId, out var members) ? RoomUploadAccess.RoomNotFound
            : members.ContainsKey(userId) ? RoomUploadAccess.Allowed
            : RoomUploadAccess.NotMember);

    public Task<DateTime> PostLinkAsync(long roomId, long userId, string fileUrl, CancellationToken cancellationToken)
    {
        Links.Enqueue((roomId, userId, fileUrl));
        return Task.FromResult(clock.GetUtcNow().UtcDateTime + MessageLifetime);
    }
}
