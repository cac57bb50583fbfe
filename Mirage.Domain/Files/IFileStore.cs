namespace Mirage.Domain.Files;

/// <summary>Where the bytes of shared files live, by <see cref="FileId"/>.</summary>
public interface IFileStore
{
    /// <summary>Stores all of <paramref name="content"/>; when reading it fails, nothing is kept.</summary>
    Task SaveAsync(string id, Stream content, CancellationToken cancellationToken);

    /// <returns>The bytes, or <c>null</c> when there are none under <paramref name="id"/>.</returns>
    Task<Stream?> OpenAsync(string id, CancellationToken cancellationToken);

    /// <summary>Deletes the bytes; nothing to delete is not an error.</summary>
    Task DeleteAsync(string id, CancellationToken cancellationToken);
}
