namespace Mirage.Domain.Common;

/// <summary>
/// Deletes one kind of short-lived content once it has expired (room messages, shared files). One background
/// service runs every registered sweep; reads never rely on it, they filter expired rows themselves.
/// </summary>
public interface IExpirySweep
{
    /// <returns>How many items were deleted.</returns>
    Task<int> SweepAsync(DateTime now, CancellationToken cancellationToken);
}
