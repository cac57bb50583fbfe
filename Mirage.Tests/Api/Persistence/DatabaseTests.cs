using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Infrastructure.Persistence;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Persistence;

public sealed class DatabaseTests : SqliteApiTest
{
    [Test]
    public async Task DatabaseFile_AfterLogin_HoldsNeitherThePasswordNorTheToken()
    {
        var account = await Client.RegisterAndLoginAsync();
        SqliteConnection.ClearAllPools();

        var stored = string.Concat(new[] { string.Empty, "-wal" }
            .Select(suffix => Factory.DatabasePath + suffix)
            .Where(File.Exists)
            .Select(path => Encoding.Latin1.GetString(ReadShared(path))));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored, Does.Contain(account.Username), "the check must read the data it claims to read");
            Assert.That(stored, Does.Not.Contain(account.Password));
            Assert.That(stored, Does.Not.Contain(account.Token));
        }
    }

    [Test]
    public async Task Schema_IsMadeByTheMigrationsInWalMode()
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();

        var applied = await db.Database.GetAppliedMigrationsAsync();
        var pending = await db.Database.GetPendingMigrationsAsync();
        var journalMode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(applied, Is.EqualTo(db.Database.GetMigrations()));
            Assert.That(pending, Is.Empty);
            Assert.That(journalMode.Single(), Is.EqualTo("wal"));
        }
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
