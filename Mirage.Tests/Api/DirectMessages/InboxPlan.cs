namespace Mirage.Tests.Api.DirectMessages;

/// <summary>A recorded inbox query, its plan as the provider explained it, and the plan lines that read the whole table.</summary>
public sealed record InboxPlan(string Sql, IReadOnlyList<string> Lines, IReadOnlyList<string> TableScans)
{
    public override string ToString() => $"{Sql}\n  plan:\n    {string.Join("\n    ", Lines)}";
}
