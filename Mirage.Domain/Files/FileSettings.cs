namespace Mirage.Domain.Files;

/// <summary>The <c>Files</c> section: where shared files are kept and how large one may be.</summary>
public sealed class FileSettings
{
    public const string SectionName = "Files";
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary><see cref="FileStoreKind.Directory"/> (the default) or <see cref="FileStoreKind.Database"/>, matched by name.</summary>
    public string? Store { get; set; }

    /// <summary>For the directory store; relative paths are from the server's working directory.</summary>
    public string Directory { get; set; } = "uploads";

    public long MaxBytes { get; set; } = DefaultMaxBytes;

    public FileStoreKind StoreKind => ParseStore(Store) ?? throw new InvalidOperationException(Problem);

    public string? Problem =>
        ParseStore(Store) is null ? $"{SectionName}:Store is '{Store}'; use one of: {string.Join(", ", Enum.GetNames<FileStoreKind>())}."
        : MaxBytes < 1 ? $"{SectionName}:MaxBytes must be at least 1."
        : StoreKind == FileStoreKind.Directory && string.IsNullOrWhiteSpace(Directory) ? $"{SectionName}:Directory must name a directory."
        : null;

    private static FileStoreKind? ParseStore(string? name) =>
        string.IsNullOrWhiteSpace(name) ? FileStoreKind.Directory
        : Enum.GetValues<FileStoreKind>().Cast<FileStoreKind?>().FirstOrDefault(k => k.ToString()!.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));
}
