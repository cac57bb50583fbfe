namespace Mirage.Infrastructure.Css;

/// <summary>An allowed selector list, as written (<c>body, .post</c>) and scoped (<c>.mirage-profile, .mirage-profile .post</c>).</summary>
internal sealed record CssSelectors(string AsWritten, string Scoped);
