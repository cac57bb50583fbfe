namespace Mirage.Domain.Files;

/// <summary>A live shared file and its bytes, for serving; the caller disposes <see cref="Content"/>.</summary>
public sealed record OpenedFile(SharedFile File, Stream Content);
