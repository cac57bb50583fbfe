namespace Mirage.Domain.Profiles;

/// <summary>
/// Makes a person's custom CSS safe to show in other people's browsers: only an allow-list of
/// visual properties survives, in two forms (selectors as written, and scoped to <c>.mirage-profile</c>).
/// </summary>
public interface ICssSanitizer
{
    SanitizedCss Sanitize(string css);
}
