using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;

namespace Mirage.Infrastructure.Css;

/// <summary>
/// Writes the parsed rules back out from scratch, keeping only scoped style rules and @media,
/// and logs everything it leaves behind.
/// </summary>
internal sealed partial class CssRuleWriter(RemovalLog log)
{
    private const string Indent = "  ";

    // A media condition is read back from the parser, which normalises it; these still have no place there.
    private static readonly string[] ForbiddenInMedia = ["<", "url(", "expression", "\\", "{", "}", ";", "@", "\"", "'"];

    public void Write(ICssRuleList rules, StringBuilder output, string indent = "")
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

    private void WriteStyle(ICssStyleRule rule, StringBuilder output, string indent)
    {
        var selector = CssSelectorScoper.Scope(rule.SelectorText);
        if (selector is null)
        {
            log.Add($"selector '{RemovalLog.Quote(rule.SelectorText)}'");
            return;
        }

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
            output.Append(indent).Append(selector).Append(" { ").AppendJoin("; ", declarations).Append(" }\n");
        }
    }

    private void WriteMedia(ICssMediaRule rule, StringBuilder output, string indent)
    {
        var condition = rule.Media.MediaText.Trim();
        if (condition.Any(char.IsControl) || ForbiddenInMedia.Any(f => condition.Contains(f, StringComparison.OrdinalIgnoreCase)))
        {
            log.Add($"media condition '{RemovalLog.Quote(condition)}'");
            return;
        }

        var inner = new StringBuilder();
        Write(rule.Rules, inner, indent + Indent);
        if (inner.Length > 0)
        {
            output.Append(indent).Append("@media ").Append(condition).Append(" {\n").Append(inner).Append(indent).Append("}\n");
        }
    }

    private static string AtRuleName(ICssRule rule) =>
        AtRule().Match(rule.CssText) is { Success: true } match ? match.Value.ToLowerInvariant() : $"@{rule.Type}".ToLowerInvariant();

    [GeneratedRegex(@"^@[-\w]{1,60}")]
    private static partial Regex AtRule();
}
