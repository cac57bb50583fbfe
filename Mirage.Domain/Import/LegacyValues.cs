using System.Globalization;

namespace Mirage.Domain.Import;

/// <summary>How the first backend wrote times and links, and what Mirage accepts of them.</summary>
public static class LegacyValues
{
    /// <summary>SQLite's <c>CURRENT_TIMESTAMP</c> (UTC, no zone); the fractional form is accepted too.</summary>
    private static readonly string[] TimestampFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"];

    /// <returns>The UTC time, or <c>null</c> when the text is not one of SQLite's timestamp forms.</returns>
    public static DateTime? ParseTimestamp(string? text) =>
        DateTime.TryParseExact(
            text?.Trim(), TimestampFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
            ? DateTime.SpecifyKind(time, DateTimeKind.Utc)
            : null;

    /// <summary>Only http(s) links are shown as images: anything else (<c>javascript:</c>, a file path) could harm a visitor.</summary>
    public static bool IsWebUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>The first backend wrote <c>up</c> and <c>down</c>.</summary>
    public static Votes.VoteDirection? ParseVote(string? voteType) => voteType?.Trim().ToLowerInvariant() switch
    {
        "up" or "upvote" => Votes.VoteDirection.Up,
        "down" or "downvote" => Votes.VoteDirection.Down,
        _ => null,
    };
}
