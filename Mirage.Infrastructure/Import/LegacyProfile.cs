using Mirage.Domain.Import;
using Mirage.Domain.Profiles;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Import;

/// <summary>
/// A legacy account's profile fields under Mirage's rules: custom CSS through the same sanitizer as a profile edit,
/// only http(s) images, descriptions within the column. Every change is reported.
/// </summary>
public sealed class LegacyProfile(ICssSanitizer sanitizer)
{
    public DateTime CreatedAt(ImportRun run, string table, long id, string? text)
    {
        if (LegacyValues.ParseTimestamp(text) is { } time)
        {
            return time;
        }

        run.Change(table, id, "created_at", text ?? "(null)", "time of import", "not a timestamp");
        return run.Now;
    }

    public void Apply(ImportRun run, User user, long id, LegacyRow row)
    {
        user.AvatarUrl = WebUrl(run, id, "avatar_url", row.Text("avatar_url"));
        user.BackgroundImage = WebUrl(run, id, "background_image", row.Text("background_image"));
        user.Description = row.Text("description");
        if (user.Description is { Length: > User.DescriptionMaxLength } description)
        {
            user.Description = description[..User.DescriptionMaxLength];
            run.Change(UserImport.Table, id, "description", $"{description.Length} characters", $"{User.DescriptionMaxLength} characters", "too long");
        }

        if (row.Text("custom_css") is { Length: > 0 } css)
        {
            var sanitized = sanitizer.Sanitize(css);
            var empty = sanitized.Css.Length == 0;
            user.CustomCss = empty ? null : sanitized.Css;
            user.CustomCssScoped = empty ? null : sanitized.Scoped;
            if (sanitized.Removed.Count > 0)
            {
                run.Report.CssRemovals[user.Username] = sanitized.Removed;
            }
        }
    }

    private static string? WebUrl(ImportRun run, long id, string field, string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        if (LegacyValues.IsWebUrl(url) && url.Length <= User.UrlMaxLength)
        {
            return url;
        }

        run.Change(UserImport.Table, id, field, url.Length > 200 ? url[..200] + "…" : url, "(cleared)", "not an http(s) URL Mirage can store");
        return null;
    }
}
