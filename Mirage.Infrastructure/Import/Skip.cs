namespace Mirage.Infrastructure.Import;

/// <summary>The reasons shared by every legacy row with an id, an author and a text.</summary>
public static class Skip
{
    public const string AuthorMissing = "author's account missing";
    public const string PostMissing = "post missing";

    /// <returns>Why the row cannot be imported, or <c>null</c>.</returns>
    public static string? Why(ImportRun run, long? id, string? username, string? text, int maxLength) =>
        id is not > 0 ? "no usable id"
        : username is null || !run.UserIds.ContainsKey(username) ? AuthorMissing
        : text is null ? "no text"
        : text.Length > maxLength ? "text longer than Mirage stores"
        : null;
}
