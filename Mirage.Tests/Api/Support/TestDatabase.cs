using Microsoft.Data.Sqlite;

namespace Mirage.Tests.Api.Support;

/// <summary>Throwaway SQLite files for tests.</summary>
public static class TestDatabase
{
    public static string NewPath(string purpose) => Path.Combine(Path.GetTempPath(), $"mirage-{purpose}-{Guid.NewGuid():N}.db");

    /// <summary>Deletes the file with its WAL and shared-memory companions, after closing pooled connections.</summary>
    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }
}
