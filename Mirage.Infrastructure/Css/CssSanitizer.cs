using AngleSharp;
using AngleSharp.Css;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Dom.Events;
using AngleSharp.Css.Parser;
using Mirage.Domain.Profiles;

namespace Mirage.Infrastructure.Css;

/// <summary>
/// Parses custom CSS with AngleSharp.Css and writes back only what <see cref="CssPolicy"/> allows, with the
/// selectors as written and, a second time, every selector scoped to <c>.mirage-profile</c>. The input is
/// treated as hostile: it is shown in other people's browsers.
/// </summary>
public sealed class CssSanitizer : ICssSanitizer
{
    // Keep whatever the parser does not understand, so that the sanitizer reports it instead of
    // the parser dropping it unseen.
    private static readonly CssParserOptions ParserOptions = new()
    {
        IsIncludingUnknownDeclarations = true,
        IsIncludingUnknownRules = true,
        IsToleratingInvalidSelectors = true,
        IsNotResolvingRelativeUrls = true,
    };

    private static readonly IConfiguration ParserConfiguration =
        Configuration.Default.With<IDeclarationFactory>(_ => new RawDeclarationFactory());

    public SanitizedCss Sanitize(string css)
    {
        var log = new RemovalLog();
        try
        {
            var sheet = Parse(css ?? string.Empty, log);
            var output = new CssOutput();
            new CssRuleWriter(log).Write(sheet.Rules, output);
            var asWritten = output.AsWritten.ToString().TrimEnd('\n');
            var scoped = output.Scoped.ToString().TrimEnd('\n');
            var count = CssDeclarationCounter.Count(sheet.Rules);

            // Every path above already refuses "<"; this is the last line of defence against "</style>".
            return asWritten.Contains('<', StringComparison.Ordinal) || scoped.Contains('<', StringComparison.Ordinal)
                ? new SanitizedCss(string.Empty, string.Empty, [.. log.Lines, "all of the CSS: it contained '<'"], count)
                : new SanitizedCss(asWritten, scoped, log.Lines, count);
        }
        catch (Exception exception)
        {
            // AngleSharp throws on some malformed input (a late @namespace, a broken @document);
            // the answer to unreadable CSS is no CSS, never an error page.
            log.Add($"all of the CSS: it could not be parsed ({exception.GetType().Name})");
            return new SanitizedCss(string.Empty, string.Empty, log.Lines, 0);
        }
    }

    private static ICssStyleSheet Parse(string css, RemovalLog log)
    {
        using var context = BrowsingContext.New(ParserConfiguration);
        var parser = new CssParser(ParserOptions, context);
        parser.Error += (_, e) =>
        {
            if (e is CssErrorEvent error)
            {
                log.Add($"unreadable CSS at line {error.Position.Line}, column {error.Position.Column}");
            }
        };
        return parser.ParseStyleSheet(css);
    }
}
