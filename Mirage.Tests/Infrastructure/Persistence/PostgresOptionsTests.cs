using Mirage.Infrastructure.Persistence.Postgres;
using Npgsql;

namespace Mirage.Tests.Infrastructure.Persistence;

public sealed class PostgresOptionsTests
{
    [Test]
    public void PostgresConnectionString_ThatSaysNothing_PreparesStatementsAndSkipsTheResetOnReuse()
    {
        var connectionString = PostgresOptions.WithDefaults("Host=db;Database=mirage;Username=mirage");

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(builder.MaxAutoPrepare, Is.EqualTo(PostgresOptions.DefaultMaxAutoPrepare));
            Assert.That(builder.NoResetOnClose, Is.True);
            Assert.That(builder.Host, Is.EqualTo("db"), "the rest of the connection string is kept");
            Assert.That(builder.Database, Is.EqualTo("mirage"));
        }
    }

    [TestCase("Max Auto Prepare=0", 0)]
    [TestCase("Max Auto Prepare=10", 10)]
    [TestCase("MaxAutoPrepare=0", 0)]
    [TestCase("max auto prepare=3", 3)]
    public void PostgresConnectionString_ThatSetsAutoPrepare_IsLeftAsTheOperatorWroteIt(string setting, int expected)
    {
        var connectionString = PostgresOptions.WithDefaults($"Host=db;{setting}");

        Assert.That(new NpgsqlConnectionStringBuilder(connectionString).MaxAutoPrepare, Is.EqualTo(expected));
    }

    [TestCase("No Reset On Close=false", false)]
    [TestCase("NoResetOnClose=true", true)]
    public void PostgresConnectionString_ThatSetsTheReset_IsLeftAsTheOperatorWroteIt(string setting, bool expected)
    {
        var connectionString = PostgresOptions.WithDefaults($"Host=db;{setting}");

        Assert.That(new NpgsqlConnectionStringBuilder(connectionString).NoResetOnClose, Is.EqualTo(expected));
    }
}
