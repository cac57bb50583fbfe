namespace Mirage.Tests.Api.Support;

/// <summary>Unique names, so tests sharing a database never collide.</summary>
public static class Names
{
    public static string Unique(string prefix = "user") => $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 32)];
}
