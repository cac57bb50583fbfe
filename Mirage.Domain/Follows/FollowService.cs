using Mirage.Domain.Common;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;

namespace Mirage.Domain.Follows;

/// <summary>Following and unfollowing people, and the lists of who follows whom.</summary>
public class FollowService(IFollowRepository follows, IUserRepository users, IListChanges lists, ICurrentUser currentUser, TimeProvider clock)
{
    /// <returns>The followed user's name as registered.</returns>
    public async Task<Result<string>> FollowAsync(string username, CancellationToken cancellationToken)
    {
        var target = await users.FindIdentityAsync(User.NormalizeUsername(username), cancellationToken);
        if (target is null)
        {
            return UserErrors.NotFound;
        }

        if (target.Id == currentUser.UserId)
        {
            return FollowErrors.FollowingYourself;
        }

        var follow = new Follow { FollowerId = currentUser.UserId, FolloweeId = target.Id, CreatedAt = clock.GetUtcNow().UtcDateTime };
        if (await follows.TryAddAsync(follow, cancellationToken))
        {
            await lists.FollowAsync(User.NormalizeUsername(currentUser.Username), User.NormalizeUsername(target.Username));
            return target.Username;
        }

        // Refused: a follow that exists already, or an account deleted while this request ran.
        return await users.FindIdentityAsync(User.NormalizeUsername(username), cancellationToken) is null
            ? UserErrors.NotFound
            : FollowErrors.AlreadyFollowing;
    }

    public async Task<Result<string>> UnfollowAsync(string username, CancellationToken cancellationToken)
    {
        var target = await users.FindIdentityAsync(User.NormalizeUsername(username), cancellationToken);
        if (target is null)
        {
            return UserErrors.NotFound;
        }

        if (!await follows.RemoveAsync(currentUser.UserId, target.Id, cancellationToken))
        {
            return FollowErrors.NotFollowing;
        }

        await lists.FollowAsync(User.NormalizeUsername(currentUser.Username), User.NormalizeUsername(target.Username));
        return target.Username;
    }

    public async Task<Result<bool>> IsFollowingAsync(string username, CancellationToken cancellationToken)
    {
        var target = await users.FindIdentityAsync(User.NormalizeUsername(username), cancellationToken);
        return target is null ? UserErrors.NotFound : await follows.ExistsAsync(currentUser.UserId, target.Id, cancellationToken);
    }

    public Task<Result<Page<FollowView>>> FollowersAsync(string username, PageRequest page, CancellationToken cancellationToken) =>
        ListAsync(username, page, follows.ListFollowersAsync, cancellationToken);

    public Task<Result<Page<FollowView>>> FollowingAsync(string username, PageRequest page, CancellationToken cancellationToken) =>
        ListAsync(username, page, follows.ListFollowingAsync, cancellationToken);

    private async Task<Result<Page<FollowView>>> ListAsync(
        string username,
        PageRequest page,
        Func<long, PageRequest, CancellationToken, Task<IReadOnlyList<FollowView>>> list,
        CancellationToken cancellationToken)
    {
        var user = await users.FindIdentityAsync(User.NormalizeUsername(username), cancellationToken);
        if (user is null)
        {
            return UserErrors.NotFound;
        }

        var rows = await list(user.Id, page, cancellationToken);
        return Page<FollowView>.From(rows, page.Limit, f => new Cursor(f.FollowedAt.Ticks, f.UserId));
    }
}
