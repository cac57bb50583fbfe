using Mirage.Domain.Import;
using Mirage.Domain.Users;
using Mirage.Infrastructure.Passwords;

namespace Mirage.Infrastructure.Import;

/// <summary>
/// Legacy <c>users</c>: ids kept, names made unique (see <see cref="UniqueNames"/>), password hashes stored exactly
/// as they are (the login verifies and upgrades them), profiles cleaned by <see cref="LegacyProfile"/>.
/// </summary>
public sealed class UserImport(LegacyProfile profile, LegacySessions sessions)
{
    public const string Table = "users";

    private static readonly string[] Columns =
        ["id", "username", "email", "avatar_url", "description", "password", "token", "created_at", "custom_css", "background_image"];

    public async Task RunAsync(ImportRun run)
    {
        var keys = new List<(long Id, string Username, string Email)>();
        await foreach (var row in run.Source.ReadAsync(Table, ["id", "username", "email"], run.Cancellation))
        {
            keys.Add((row.Integer("id") ?? 0, row.Text("username") ?? string.Empty, row.Text("email") ?? string.Empty));
        }

        var names = UniqueNames.Assign(keys.Select(k => (k.Id, k.Username)), LegacyUsernames.Clean, User.NormalizeUsername, User.UsernameMaxLength);
        var emails = LegacyEmails.Assign(keys.Select(k => (k.Id, k.Email)));
        var legacyEmails = keys.DistinctBy(k => k.Id).ToDictionary(k => k.Id, k => k.Email);
        keys.Clear();

        var counts = run.Begin(Table);
        await foreach (var row in run.Source.ReadAsync(Table, Columns, run.Cancellation))
        {
            run.Read(Table, counts);
            var id = row.Integer("id");
            var username = row.Text("username");
            if (id is not > 0 || username is null || !run.UserIds.TryAdd(username, id.Value))
            {
                counts.Skip(id is not > 0 ? "no usable id" : username is null ? "no username" : "username repeated exactly");
                continue;
            }

            var user = NewUser(run, id.Value, username, names[id.Value], emails[id.Value], legacyEmails[id.Value], row.Text("password") ?? string.Empty);
            user.CreatedAt = profile.CreatedAt(run, Table, id.Value, row.Text("created_at"));
            profile.Apply(run, user, id.Value, row);
            await run.AddAsync(user, counts);
            await sessions.AddAsync(run, user.Id, row.Text("token"));
        }

        await run.EndAsync(Table, counts);
    }

    private static User NewUser(
        ImportRun run, long id, string username, (string Name, string? Reason) name, (string Email, string? Reason) email, string legacyEmail, string passwordHash)
    {
        if (name.Reason is not null)
        {
            run.Change(Table, id, "username", username, name.Name, name.Reason);
        }

        if (email.Reason is not null)
        {
            run.Change(Table, id, "email", legacyEmail, email.Email, email.Reason);
        }

        var kind = passwordHash.Length > User.PasswordHashMaxLength
            ? PasswordHashKinds.Unknown
            : WerkzeugHash.TryParse(passwordHash)?.Kind ?? PasswordHashKinds.Unknown;
        run.Report.HashKinds[kind] = run.Report.HashKinds.GetValueOrDefault(kind) + 1;
        if (kind == PasswordHashKinds.Unknown)
        {
            run.Report.UnknownHashAccounts.Add(name.Name);
        }

        return new User
        {
            Id = id,
            Username = name.Name,
            NormalizedUsername = User.NormalizeUsername(name.Name),
            Email = email.Email,
            NormalizedEmail = User.NormalizeEmail(email.Email),

            // Stored as the legacy row has it; one too long for the column could never verify anyway.
            PasswordHash = passwordHash.Length > User.PasswordHashMaxLength ? "unknown:too-long" : passwordHash,
        };
    }
}
