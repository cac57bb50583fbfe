using Microsoft.Data.Sqlite;
using Mirage.Domain.Passwords;
using Mirage.Infrastructure.Passwords;

namespace Mirage.Tests.Infrastructure.Passwords;

/// <summary>Every account of the first backend's sample database, with the password its README lists.</summary>
public sealed class WerkzeugPasswordHasherSampleTests
{
    private static readonly string LegacyData = Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "Legacy");

    private readonly WerkzeugPasswordHasher _hasher = new(new IdentityPasswordHasher(1_000));

    [Test]
    public void Verify_EveryAccountOfTheSampleWithItsPassword_Succeeds()
    {
        var hashes = ReadHashes();
        var passwords = ReadPasswords();

        var failing = passwords.Where(p => _hasher.Verify(hashes[p.Key], p.Value) != PasswordCheck.SuccessRehashNeeded).Select(p => p.Key);

        Assert.That((passwords.Count, failing), Is.EqualTo((hashes.Count, Enumerable.Empty<string>())));
    }

    private static Dictionary<string, string> ReadPasswords() =>
        File.ReadLines(Path.Combine(LegacyData, "passwords.tsv"))
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToDictionary(columns => columns[0], columns => columns[1], StringComparer.Ordinal);

    private static Dictionary<string, string> ReadHashes()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(LegacyData, "mirage-legacy-sample.sqlite")};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT username, password FROM users";
        using var reader = command.ExecuteReader();
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            hashes.Add(reader.GetString(0), reader.GetString(1));
        }

        return hashes;
    }
}
