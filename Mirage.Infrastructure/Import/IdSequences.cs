using Microsoft.EntityFrameworkCore;
using Mirage.Domain.DirectMessages;
using Mirage.Domain.Posts;
using Mirage.Domain.Replies;
using Mirage.Domain.Rooms;
using Mirage.Domain.Users;
using Mirage.Infrastructure.Persistence;

namespace Mirage.Infrastructure.Import;

/// <summary>
/// After rows were inserted with their legacy ids, new rows must be numbered above them. PostgreSQL's identity
/// sequences do not notice explicit ids, so they are moved; SQLite's AUTOINCREMENT already records the largest id
/// ever inserted (<c>sqlite_sequence</c>), explicit ones included.
/// </summary>
public static class IdSequences
{
    private static readonly Type[] KeptIds = [typeof(User), typeof(Post), typeof(Reply), typeof(DirectMessage), typeof(Room)];

    public static async Task ContinueAboveImportedAsync(MirageDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        foreach (var type in KeptIds)
        {
            // Table names come from Mirage's own model, never from the legacy file.
            var table = db.Model.FindEntityType(type)!.GetTableName()!;
            var sql = "SELECT setval(pg_get_serial_sequence('\"" + table + "\"', 'id'), "
                + "COALESCE((SELECT MAX(id) FROM \"" + table + "\"), 0) + 1, false)";
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }
}
