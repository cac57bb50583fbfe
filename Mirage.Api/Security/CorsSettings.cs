namespace Mirage.Api.Security;

/// <summary>
/// The <c>Cors</c> section: which web origins may call Mirage from a browser. <c>*</c> (the default) is any
/// origin; that is safe because Mirage sets no cookies, so a page on another origin can only use a token it
/// already holds.
/// </summary>
public sealed class CorsSettings
{
    public const string SectionName = "Cors";
    public const string AnyOrigin = "*";

    /// <summary>Origins such as <c>https://mirage.example</c>; empty means the default, any origin.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    public IReadOnlyList<string> Origins => AllowedOrigins.Length == 0 ? [AnyOrigin] : AllowedOrigins;

    public string? Problem =>
        AllowedOrigins.FirstOrDefault(origin => origin != AnyOrigin && !IsOrigin(origin)) is { } bad
            ? $"{SectionName}:AllowedOrigins: '{bad}' is not an origin (scheme, host and optional port, e.g. https://mirage.example) or *"
            : null;

    private static bool IsOrigin(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.AbsolutePath == "/" && !text.EndsWith('/')
        && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0;
}
