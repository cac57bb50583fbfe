using Microsoft.EntityFrameworkCore;

namespace Mirage.Infrastructure.Persistence.Sqlite;

/// <summary>Mirage's model on SQLite; its migrations live in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteMirageDbContext(DbContextOptions<SqliteMirageDbContext> options) : MirageDbContext(options);
