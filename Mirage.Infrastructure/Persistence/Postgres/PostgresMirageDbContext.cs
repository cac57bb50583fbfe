using Microsoft.EntityFrameworkCore;

namespace Mirage.Infrastructure.Persistence.Postgres;

/// <summary>Mirage's model on PostgreSQL; its migrations live in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresMirageDbContext(DbContextOptions<PostgresMirageDbContext> options) : MirageDbContext(options);
