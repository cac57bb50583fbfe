using Mirage.Domain.Common;

namespace Mirage.Domain.Files;

/// <summary>Deletes expired shared files, row and bytes.</summary>
public class FileExpirySweep(SharedFileRemoval removal) : IExpirySweep
{
    public Task<int> SweepAsync(DateTime now, CancellationToken cancellationToken) => removal.DeleteExpiredAsync(now, cancellationToken);
}
