using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Import;
using Mirage.Domain.Profiles;
using Mirage.Domain.Rooms;
using Mirage.Domain.Sessions;
using Mirage.Infrastructure.Persistence;

namespace Mirage.Infrastructure.Import;

/// <summary>
/// Imports a database of the first (Python/Flask) Mirage into an empty Mirage database, in one transaction: an error
/// or a cancellation (Ctrl-C) part-way leaves the target as it was. The source file is only ever read.
/// </summary>
public sealed class LegacyImporter(
    MirageDbContext db,
    IImportWriter writer,
    ICssSanitizer sanitizer,
    ISessionTokenGenerator tokens,
    SessionPolicy sessionPolicy,
    RoomPolicy roomPolicy,
    TimeProvider time)
{
    /// <summary>A command timeout of zero is none, on both providers.</summary>
    private const int NoTimeout = 0;

    public async Task<ImportOutcome> ImportAsync(ImportOptions options, IImportProgress progress, CancellationToken cancellationToken)
    {
        if (!File.Exists(options.DatabasePath))
        {
            return ImportOutcome.Refused($"{options.DatabasePath} does not exist.");
        }

        if (options.MessagesPath is { } messages && !File.Exists(messages))
        {
            return ImportOutcome.Refused($"{messages} does not exist.");
        }

        await using var source = await LegacySource.OpenAsync(options.DatabasePath, cancellationToken);
        if ((await source.ColumnsAsync(UserImport.Table, cancellationToken)).Count == 0)
        {
            return ImportOutcome.Refused($"{options.DatabasePath} is not a database of the first Mirage: it has no users table.");
        }

        // A statement over a whole table (the stats recount of a million posts) lasts as long as the table is big. A
        // timeout would not stop the import but begin it again, since the provider retries it as transient: Ctrl-C stops it.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(NoTimeout);
        try
        {
            return await db.RetryOnTransientAsync(attempt => ImportInTransactionAsync(source, options, progress, attempt), cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }

    private async Task<ImportOutcome> ImportInTransactionAsync(
        LegacySource source, ImportOptions options, IImportProgress progress, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return ImportOutcome.Refused(
                "The target database already has users. Mirage imports only into an empty database: point ConnectionStrings:Mirage at a new one.");
        }

        var run = new ImportRun(source, writer, progress, time.GetUtcNow().UtcDateTime, cancellationToken);
        var profile = new LegacyProfile(sanitizer);
        await new UserImport(profile, new LegacySessions(tokens, sessionPolicy, options.KeepSessions)).RunAsync(run);
        await PostImport.RunAsync(run, profile);
        await VoteImport.RunAsync(run, profile);
        await ReplyImport.RunAsync(run, profile);
        await FollowImport.RunAsync(run, profile);
        await DirectMessageImport.RunAsync(run, profile);
        await RoomImport.RunAsync(run, profile);
        await RoomMemberImport.RunAsync(run, profile);
        if (options.MessagesPath is { } messages)
        {
            await new RoomMessageImport(roomPolicy).RunAsync(run, messages);
        }

        await StatsRecount.RunAsync(db, cancellationToken);
        await IdSequences.ContinueAboveImportedAsync(db, cancellationToken);
        run.Report.DryRun = options.DryRun;
        if (options.DryRun)
        {
            await transaction.RollbackAsync(cancellationToken);
        }
        else
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return ImportOutcome.Done(run.Report);
    }
}
