namespace Mirage.Domain.Sessions;

/// <summary>What the calling device tells about itself, recorded with its session.</summary>
public interface IClientInfo
{
    string? UserAgent { get; }
}
