using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Mirage.Infrastructure;
using Moq;
using Mirage.Domain.Import;
using Mirage.Infrastructure.Import;

namespace Mirage.Tests.Api.Support;

/// <summary>The first backend's sample database (Data/Legacy, see its README) and running the importer on a test application.</summary>
public static class LegacyImportExtensions
{
    public static string SamplePath => Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "Legacy", "mirage-legacy-sample.sqlite");

    public static string MessagesPath => Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "Legacy", "messages.txt");

    /// <summary>Every account of the sample with its password, tab-separated (see the README beside it).</summary>
    public static string PasswordsPath => Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "Legacy", "passwords.tsv");

    /// <summary>When the sample's chat-room file was written: every message in it is unexpired at this time.</summary>
    public static readonly DateTimeOffset SampleWritten = new(2026, 12, 2, 0, 0, 0, TimeSpan.Zero);

    /// <summary>An application whose clock stands at <paramref name="now"/> (a fake clock cannot go back, so each time gets its own).</summary>
    public static MirageApiFactory FactoryAt(DatabaseProvider provider, DateTimeOffset now) =>
        new(provider, services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(now))));

    public static async Task<ImportOutcome> ImportLegacyAsync(
        this MirageApiFactory factory, ImportOptions options, IImportProgress? progress = null, CancellationToken cancellationToken = default)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<LegacyImporter>();
        return await importer.ImportAsync(options, progress ?? Mock.Of<IImportProgress>(), cancellationToken);
    }

    /// <summary>A copy of the sample to change, deleted by the caller.</summary>
    public static string CopyOfSample()
    {
        var path = TestDatabase.NewPath("legacy-copy");
        File.Copy(SamplePath, path);
        return path;
    }

    /// <summary>Runs a statement on a legacy database (a copy: the sample itself is never changed).</summary>
    public static async Task ExecuteLegacyAsync(string path, string sql)
    {
        // The first backend never enforced its foreign keys; its databases hold rows pointing at nothing.
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Foreign Keys=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A single number from the legacy database, to compare what the API shows with the rows.</summary>
    public static async Task<long> QueryLegacyAsync(string sql) =>
        Convert.ToInt64(await ScalarAsync(sql), System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<string> QueryLegacyTextAsync(string sql) => (string)(await ScalarAsync(sql))!;

    private static async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={new Uri(SamplePath).AbsoluteUri}?immutable=1;Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// <summary>Runs <c>Mirage.Api import-legacy</c> as a real process against the factory's database.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunImportCommandAsync(this MirageApiFactory factory, params string[] args)
    {
        using var process = factory.StartImportCommand(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Starts <c>Mirage.Api import-legacy</c> as a real process, its output redirected, for the caller to read and end.</summary>
    public static Process StartImportCommand(this MirageApiFactory factory, params string[] args)
    {
        // Through env, so the command gets SIGINT's default disposition even when this test run was started in the
        // background, where the shell ignores SIGINT and a child inherits that (env execs: the process id is the command's).
        var start = new ProcessStartInfo(
            "env", ["--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "Mirage.Api.dll"), "import-legacy", .. args])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Database__Provider"] = factory.Provider.ToString();
        start.Environment["ConnectionStrings__Mirage"] = factory.ConnectionString;
        return Process.Start(start) ?? throw new InvalidOperationException("could not start Mirage.Api");
    }
}
