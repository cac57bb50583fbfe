namespace Mirage.Infrastructure.Css;

/// <summary>Collects one short, readable line per removed item, bounded so hostile input cannot inflate it.</summary>
internal sealed class RemovalLog
{
    private const int MaxLines = 100;
    private const int MaxLineLength = 200;
    private const int MaxQuotedLength = 80;

    private readonly List<string> _lines = [];
    private int _dropped;

    public IReadOnlyList<string> Lines =>
        _dropped == 0 ? _lines : [.. _lines, $"… and {_dropped} more removals not listed"];

    public void Add(string line)
    {
        if (_lines.Count >= MaxLines)
        {
            _dropped++;
            return;
        }

        _lines.Add(line.Length <= MaxLineLength ? line : string.Concat(line.AsSpan(0, MaxLineLength - 1), "…"));
    }

    /// <summary>Shortens user text for a message and replaces control characters, which would make the line unreadable.</summary>
    public static string Quote(string text)
    {
        var shown = text.Length <= MaxQuotedLength ? text : string.Concat(text.AsSpan(0, MaxQuotedLength - 1), "…");
        return string.Create(shown.Length, shown, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
    }
}
