using Mirage.Domain.Import;

namespace Mirage.Api.Import;

/// <summary>The <c>import-legacy</c> command line: <c>&lt;db.sqlite&gt; [--messages f] [--report f] [--keep-sessions] [--dry-run] [--help]</c>.</summary>
public sealed record ImportArguments(ImportOptions? Options, string? ReportPath, bool Help, string? Problem)
{
    public const string Command = "import-legacy";

    public const string Usage = """
        Usage: dotnet run --project Mirage.Api -- import-legacy <db.sqlite> [options]

        Imports a database of the first (Python/Flask) Mirage into the configured database
        (Database:Provider, ConnectionStrings:Mirage), which must hold no users. Applies the
        migrations first; the import is one transaction; the source file is only read.

        Options:
          --messages <messages.txt>  the first backend's chat-room file; unexpired messages come along
          --report <out.json>        also write the report as JSON
          --keep-sessions            keep legacy login tokens as sessions (off by default: see README)
          --dry-run                  import, report, then roll back: nothing is written
          --help                     this text

        Exit codes: 0 imported (or help), 2 refused (bad arguments, target not empty), 1 failed (nothing written),
        130 cancelled by Ctrl-C or SIGTERM (nothing written).
        """;

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Command;

    public static ImportArguments Parse(IReadOnlyList<string> args)
    {
        string? database = null, messages = null, report = null;
        bool keepSessions = false, dryRun = false;
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h":
                    return new(null, null, true, null);
                case "--keep-sessions":
                    keepSessions = true;
                    break;
                case "--dry-run":
                    dryRun = true;
                    break;
                case "--messages" or "--report" when i + 1 >= args.Count:
                    return Fail($"{args[i]} needs a file name.");
                case "--messages":
                    messages = args[++i];
                    break;
                case "--report":
                    report = args[++i];
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    return Fail($"Unknown option {option}.");
                case var path when database is null:
                    database = path;
                    break;
                default:
                    return Fail($"Only one database can be imported; {args[i]} is one too many.");
            }
        }

        return database is null
            ? Fail("Name the first backend's database file.")
            : new(new ImportOptions(database, messages, keepSessions, dryRun), report, false, null);
    }

    private static ImportArguments Fail(string problem) => new(null, null, false, problem);
}
