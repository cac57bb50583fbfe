using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Mirage.Infrastructure.Persistence;

/// <summary>
/// Every timestamp Mirage stores is UTC. SQLite keeps no kind, so values read back are marked UTC
/// here rather than trusted to be interpreted correctly by every caller.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
