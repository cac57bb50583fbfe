using Mirage.Infrastructure.Persistence;

namespace Mirage.Api.Http;

/// <summary>What a client sees when the database is out of reach or out of room.</summary>
public static class DatabaseProblems
{
    public const string Unavailable = "the service is briefly unavailable, try again shortly";
    public const string StorageFull = "the server's storage is full, nothing was saved; try again later";

    /// <summary>Long enough for a restarting database, short enough that a client comes back soon after.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    public static ValueTask WriteAsync(HttpContext context, DatabaseFault fault) => fault == DatabaseFault.StorageFull
        ? ProblemWriter.WriteAsync(context, StatusCodes.Status507InsufficientStorage, StorageFull, retryAfter: RetryAfter)
        : ProblemWriter.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, Unavailable, retryAfter: RetryAfter);
}
