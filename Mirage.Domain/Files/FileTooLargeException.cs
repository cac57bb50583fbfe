namespace Mirage.Domain.Files;

/// <summary>Thrown out of a store's read of an upload that passed the size limit, so the store keeps nothing.</summary>
public sealed class FileTooLargeException() : IOException("The file is larger than the configured limit.");
