namespace Mirage.Infrastructure.Persistence.Files;

/// <summary>A shared file's bytes, for the database store.</summary>
public sealed class FileContent
{
    public required string Id { get; init; }

    public required byte[] Bytes { get; init; }
}
