using Microsoft.EntityFrameworkCore;

namespace Mirage.Infrastructure.Persistence;

/// <summary>Mirage's model on PostgreSQL; its migrations live in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresMirageDbContext(DbContextOptions<PostgresMirageDbContext> options) : MirageDbContext(options);
