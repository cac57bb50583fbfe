namespace Mirage.Infrastructure;

/// <summary>The database Mirage runs on, chosen by the <c>Database:Provider</c> setting.</summary>
public enum DatabaseProvider
{
    /// <summary>A file beside the server: one command, nothing to install (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, which several Mirage servers can share.</summary>
    Postgres,
}
