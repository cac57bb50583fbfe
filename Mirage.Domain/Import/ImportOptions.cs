namespace Mirage.Domain.Import;

/// <summary>What to import and how.</summary>
/// <param name="DatabasePath">The first backend's SQLite file; opened read-only.</param>
/// <param name="MessagesPath">Its chat-room file (<c>messages.txt</c>), or <c>null</c> to import no room messages.</param>
/// <param name="KeepSessions">Turn each legacy login token into a session, so signed-in clients stay signed in.</param>
/// <param name="DryRun">Do everything, report, then roll back.</param>
public sealed record ImportOptions(string DatabasePath, string? MessagesPath = null, bool KeepSessions = false, bool DryRun = false);
