using Mirage.Domain.Files;

namespace Mirage.Infrastructure.Files;

/// <summary>
/// Bytes as files named by their id in one directory (local, or shared by several servers). A file is written
/// under a temporary name and moved into place, so a reader never sees half of one; ids that are not
/// <see cref="FileId"/>s are refused, so no name reaches outside the directory.
/// </summary>
public sealed class DirectoryFileStore : IFileStore
{
    private const string PartialSuffix = ".part";
    private const int BufferSize = 81_920;
    private readonly string _directory;

    public DirectoryFileStore(string directory)
    {
        _directory = Path.GetFullPath(directory);
        Directory.CreateDirectory(_directory);
    }

    public async Task SaveAsync(string id, Stream content, CancellationToken cancellationToken)
    {
        var path = PathOf(id);
        var partial = path + "." + Guid.NewGuid().ToString("N") + PartialSuffix;
        try
        {
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            File.Move(partial, path);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    public Task<Stream?> OpenAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            // FileShare.Delete: the sweep may delete a file while it is being served; the reader keeps its copy.
            return Task.FromResult<Stream?>(new FileStream(
                PathOf(id), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, useAsync: true));
        }
        catch (FileNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(id));
        return Task.CompletedTask;
    }

    private string PathOf(string id) =>
        FileId.IsValid(id) ? Path.Combine(_directory, id) : throw new ArgumentException("Not a shared file's id.", nameof(id));
}
