namespace Mirage.Infrastructure.Persistence;

/// <summary>What a database failure means for the caller.</summary>
public enum DatabaseFault
{
    /// <summary>Not a database outage: a bug or a constraint, answered as before.</summary>
    None,

    /// <summary>The database cannot be reached or refuses work for now; a retry shortly may succeed.</summary>
    Unavailable,

    /// <summary>The database has no room left for a write; reads still work.</summary>
    StorageFull,
}
