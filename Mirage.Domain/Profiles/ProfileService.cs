using Mirage.Domain.Common;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;

namespace Mirage.Domain.Profiles;

/// <summary>Reads of public and own profiles.</summary>
public class ProfileService(IUserRepository users, ICurrentUser currentUser)
{
    public async Task<Result<User>> GetByUsernameAsync(string username, CancellationToken cancellationToken)
    {
        var user = await users.FindProfileByNormalizedUsernameAsync(User.NormalizeUsername(username), cancellationToken);
        return user is null ? UserErrors.NotFound : user;
    }

    public async Task<Result<User>> GetCurrentAsync(CancellationToken cancellationToken)
    {
        // The session can outlive its user only for the instant between a deletion and this read.
        var user = await users.FindProfileByIdAsync(currentUser.UserId, cancellationToken);
        return user is null ? UserErrors.NotFound : user;
    }

    public Task<int> CountUsersAsync(CancellationToken cancellationToken) => users.CountAsync(cancellationToken);
}
