namespace Mirage.Domain.Files;

public enum FileStoreKind
{
    /// <summary>A local (or shared, mounted) directory: one server, or several that mount the same one.</summary>
    Directory,

    /// <summary>The database: every server reaches it, nothing else to share.</summary>
    Database,
}
