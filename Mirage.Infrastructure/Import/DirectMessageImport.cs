using Mirage.Domain.DirectMessages;

namespace Mirage.Infrastructure.Import;

/// <summary>Legacy <c>inbox_messages</c>, ids kept. A message to oneself is a note in Mirage too, so it stays.</summary>
public static class DirectMessageImport
{
    public const string Table = "inbox_messages";

    public static async Task RunAsync(ImportRun run, LegacyProfile profile)
    {
        var counts = run.Begin(Table);
        await foreach (var row in run.Source.ReadAsync(Table, ["id", "sender", "recipient", "message", "created_at"], run.Cancellation))
        {
            run.Read(Table, counts);
            var id = row.Integer("id");
            var reason = Skip.Why(run, id, row.Text("sender"), row.Text("message"), DirectMessage.MessageStoredMaxLength)
                ?? (row.Text("recipient") is { } r && run.UserIds.ContainsKey(r) ? null : "recipient's account missing");
            if (reason is not null)
            {
                counts.Skip(reason);
                continue;
            }

            await run.AddAsync(
                new DirectMessage
                {
                    Id = id!.Value,
                    SenderId = run.UserIds[row.Text("sender")!],
                    RecipientId = run.UserIds[row.Text("recipient")!],
                    Message = row.Text("message")!,
                    CreatedAt = profile.CreatedAt(run, Table, id.Value, row.Text("created_at")),
                },
                counts);
        }

        await run.EndAsync(Table, counts);
    }
}
