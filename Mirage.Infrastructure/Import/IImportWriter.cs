namespace Mirage.Infrastructure.Import;

/// <summary>
/// Where an import's rows go, one batch at a time, inside the import's own transaction. One implementation per
/// provider, chosen with the provider: prepared multi-row INSERTs on SQLite (<see cref="SqliteInsertWriter"/>), binary
/// COPY on PostgreSQL (<see cref="PostgresCopyWriter"/>). EF's SaveChanges, one INSERT per row with change tracking,
/// took too long for millions of rows on either.
/// </summary>
public interface IImportWriter
{
    /// <summary>
    /// Writes the entities (and what they carry, such as a user's stats row) with the values they hold, explicit
    /// ids included. An entity may point at another of the same batch: the writer orders the tables.
    /// </summary>
    Task WriteAsync(IReadOnlyList<object> entities, CancellationToken cancellationToken);
}
