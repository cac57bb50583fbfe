using System.Data.Common;
using Microsoft.Data.Sqlite;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Resilience;

/// <summary>
/// SQLite faults on the connections Mirage already holds, set before each command. While <see cref="Full"/>
/// is set, <c>max_page_count</c> is held at the file's current size (SQLite never sets it lower), so a write
/// that needs a new page fails with SQLITE_FULL, as on a full disk. While <see cref="ReadOnly"/> is set,
/// <c>query_only</c> makes every write fail with SQLITE_READONLY, as on a file that became read-only. While
/// <see cref="Unreadable"/> is set, every command EF Core runs fails with SQLITE_IOERR, as on a file the disk no longer gives
/// back. The reads that go past EF Core (<c>DirectRead</c>: the session, the profiles, the user look-up by name,
/// the public lists, the check that a post is there, room access and messages, the inbox page and its read
/// mark, the feed's posts) and the writes that do (<c>DirectWrite</c>: the write gate's PRAGMAs, every stats
/// counter, posts and their hashtags, replies, votes, follows, inbox and room messages, the inbox's read mark)
/// do not meet these faults themselves: <see cref="Full"/> and <see cref="ReadOnly"/> reach them only once an
/// EF Core command has set the connection's PRAGMAs, and <see cref="Unreadable"/> never does. The tests here
/// use registration, which EF Core still writes.
/// </summary>
public sealed class SqliteFaultInjector : BeforeEachCommand
{
    private const int NoLimit = 1_073_741_823;
    private const int SqliteIoError = 10;

    public bool Full { get; set; }

    public bool ReadOnly { get; set; }

    public bool Unreadable { get; set; }

    protected override async ValueTask BeforeAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (Unreadable)
        {
            throw new SqliteException("disk I/O error", SqliteIoError);
        }

        await using var pragma = command.Connection!.CreateCommand();
        pragma.Transaction = command.Transaction;
        pragma.CommandText = $"PRAGMA max_page_count = {(Full ? 1 : NoLimit)}; PRAGMA query_only = {(ReadOnly ? 1 : 0)}";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
    }
}
