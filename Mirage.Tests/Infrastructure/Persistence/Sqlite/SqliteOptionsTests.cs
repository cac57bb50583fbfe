using Microsoft.Data.Sqlite;
using Mirage.Infrastructure.Persistence.Sqlite;

namespace Mirage.Tests.Infrastructure.Persistence.Sqlite;

public sealed class SqliteOptionsTests
{
    [Test]
    public void SqliteConnectionString_ThatSaysNothing_WaitsOneSecondForALockHeldElsewhere()
    {
        var builder = new SqliteConnectionStringBuilder(SqliteOptions.WithDefaults("Data Source=/srv/mirage.db;Foreign Keys=True"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(builder.DefaultTimeout, Is.EqualTo(SqliteOptions.DefaultBusyTimeoutSeconds));
            Assert.That(builder.DataSource, Is.EqualTo("/srv/mirage.db"), "the rest of the connection string is kept");
            Assert.That(builder.ForeignKeys, Is.True);
        }
    }

    [TestCase("Default Timeout=30", 30)]
    [TestCase("default timeout=0", 0)]
    [TestCase("Command Timeout=7", 7)]
    public void SqliteConnectionString_ThatSetsTheTimeout_IsLeftAsTheOperatorWroteIt(string setting, int expected)
    {
        var connectionString = SqliteOptions.WithDefaults($"Data Source=mirage.db;{setting}");

        Assert.That(new SqliteConnectionStringBuilder(connectionString).DefaultTimeout, Is.EqualTo(expected));
    }
}
