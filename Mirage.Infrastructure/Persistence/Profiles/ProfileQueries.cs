using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Profiles;

namespace Mirage.Infrastructure.Persistence.Profiles;

/// <summary>
/// The profile reads behind <c>GET /api/user/{username}</c> and <c>GET /api/me</c>, the hottest reads of
/// all. Compiled once, so a request skips EF's per-call expression-tree work, and projected to the shown
/// fields only, so no entity is materialised and the password hash never leaves the database.
/// </summary>
public sealed class ProfileQueries(MirageDbContext db) : IProfileQueries
{
    private static readonly CompiledPerProvider<Func<MirageDbContext, string, CancellationToken, Task<ProfileView?>>> ByNormalizedUsername =
        new(() => EF.CompileAsyncQuery((MirageDbContext db, string normalizedUsername, CancellationToken _) =>
            db.Users.Where(u => u.NormalizedUsername == normalizedUsername).Select(ProfileProjection.Public).FirstOrDefault()));

    private static readonly CompiledPerProvider<Func<MirageDbContext, long, CancellationToken, Task<OwnProfileView?>>> OwnById =
        new(() => EF.CompileAsyncQuery((MirageDbContext db, long userId, CancellationToken _) =>
            db.Users.Where(u => u.Id == userId).Select(ProfileProjection.Own).FirstOrDefault()));

    public Task<ProfileView?> FindByUsernameAsync(string normalizedUsername, CancellationToken cancellationToken) =>
        ByNormalizedUsername.For(db)(db, normalizedUsername, cancellationToken);

    public Task<OwnProfileView?> FindOwnAsync(long userId, CancellationToken cancellationToken) =>
        OwnById.For(db)(db, userId, cancellationToken);
}
