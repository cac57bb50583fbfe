using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;

namespace Mirage.Infrastructure.Css;

/// <summary>
/// Writes the parsed rules back out from scratch, keeping only allowed style rules and @media, twice:
/// with the selectors as written, and with every selector scoped to the profile box; logs everything it
/// leaves behind.
/// </summary>
internal sealed partial class CssRuleWriter(RemovalLog log)
{
    private const string Indent = "  ";

    // A media condition is read back from the parser, which normalises it; these still have no place there.
    private static readonly string[] ForbiddenInMedia = ["<", "url(", "expression", "\\", "{", "}", ";", "@", "\"", "'"];

    public void Write(ICssRuleList rules, CssOutput output, string indent = "")
    {
        foreach (var rule in rules)
        {
            switch (rule)
            {
                case ICssStyleRule style:
                    WriteStyle(style, output, indent);
                    break;
                case ICssMediaRule media:
                    WriteMedia(media, output, indent);
                    break;
                default:
                    log.Add($"at-rule {AtRuleName(rule)}");
                    break;
            }
        }
    }

    private void WriteStyle(ICssStyleRule rule, CssOutput output, string indent)
    {
        if (CssSelectorScoper.Check(rule.SelectorText) is not { } selectors)
        {
            log.Add($"selector '{RemovalLog.Quote(rule.SelectorText)}'");
            return;
        }

        var selector = selectors.AsWritten;

        if (rule.Rules.Length > 0)
        {
            log.Add($"nested rules in '{RemovalLog.Quote(selector)}'");
        }

        var declarations = new List<string>();
        foreach (var property in rule.Style)
        {
            var name = property.Name.ToLowerInvariant();
            if (!CssPolicy.IsAllowedProperty(name))
            {
                log.Add($"property '{RemovalLog.Quote(name)}' in '{RemovalLog.Quote(selector)}'");
            }
            else if (CssValueChecker.Check(name, property.Value, out var value) is { } reason)
            {
                log.Add(reason);
            }
            else
            {
                declarations.Add($"{name}: {value}{(property.IsImportant ? " !important" : string.Empty)}");
            }
        }

        if (declarations.Count > 0)
        {
            var body = $" {{ {string.Join("; ", declarations)} }}\n";
            output.AsWritten.Append(indent).Append(selectors.AsWritten).Append(body);
            output.Scoped.Append(indent).Append(selectors.Scoped).Append(body);
        }
    }

    private void WriteMedia(ICssMediaRule rule, CssOutput output, string indent)
    {
        var condition = rule.Media.MediaText.Trim();
        if (condition.Any(char.IsControl) || ForbiddenInMedia.Any(f => condition.Contains(f, StringComparison.OrdinalIgnoreCase)))
        {
            log.Add($"media condition '{RemovalLog.Quote(condition)}'");
            return;
        }

        var inner = new CssOutput();
        Write(rule.Rules, inner, indent + Indent);
        if (inner.AsWritten.Length > 0)
        {
            output.AsWritten.Append(indent).Append("@media ").Append(condition).Append(" {\n").Append(inner.AsWritten).Append(indent).Append("}\n");
            output.Scoped.Append(indent).Append("@media ").Append(condition).Append(" {\n").Append(inner.Scoped).Append(indent).Append("}\n");
        }
    }

    private static string AtRuleName(ICssRule rule) =>
        AtRule().Match(rule.CssText) is { Success: true } match ? match.Value.ToLowerInvariant() : $"@{rule.Type}".ToLowerInvariant();

    [GeneratedRegex(@"^@[-\w]{1,60}")]
    private static partial Regex AtRule();
}
