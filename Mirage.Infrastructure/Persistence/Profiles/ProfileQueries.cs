using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Profiles;

namespace Mirage.Infrastructure.Persistence.Profiles;

/// <summary>
/// The profile reads behind <c>GET /api/user/{username}</c> and <c>GET /api/me</c>, the hottest reads of
/// all. Compiled once, so a request skips EF's per-call expression-tree work, and projected to the shown
/// fields only, so no entity is materialised and the password hash never leaves the database.
/// </summary>
public static class ProfileQueries
{
    private static readonly CompiledPerProvider<Func<MirageDbContext, string, CancellationToken, Task<ProfileView?>>> ByNormalizedUsernameQuery =
        new(() => EF.CompileAsyncQuery((MirageDbContext db, string normalizedUsername, CancellationToken _) =>
            db.Users
                .Where(u => u.NormalizedUsername == normalizedUsername)
                .Select(u => new ProfileView
                {
                    Username = u.Username,
                    AvatarUrl = u.AvatarUrl,
                    Description = u.Description,
                    CreatedAt = u.CreatedAt,
                    CustomCss = u.CustomCss,
                    BackgroundImage = u.BackgroundImage,
                    Stats = new ProfileStats
                    {
                        Followers = u.Stats.Followers,
                        Following = u.Stats.Following,
                        Posts = u.Stats.Posts,
                        Upvotes = u.Stats.Upvotes,
                        Downvotes = u.Stats.Downvotes,
                    },
                })
                .FirstOrDefault()));

    private static readonly CompiledPerProvider<Func<MirageDbContext, long, CancellationToken, Task<OwnProfileView?>>> OwnByIdQuery =
        new(() => EF.CompileAsyncQuery((MirageDbContext db, long userId, CancellationToken _) =>
            db.Users
                .Where(u => u.Id == userId)
                .Select(u => new OwnProfileView
                {
                    Username = u.Username,
                    Email = u.Email,
                    AvatarUrl = u.AvatarUrl,
                    Description = u.Description,
                    CreatedAt = u.CreatedAt,
                    CustomCss = u.CustomCss,
                    BackgroundImage = u.BackgroundImage,
                    Stats = new ProfileStats
                    {
                        Followers = u.Stats.Followers,
                        Following = u.Stats.Following,
                        Posts = u.Stats.Posts,
                        Upvotes = u.Stats.Upvotes,
                        Downvotes = u.Stats.Downvotes,
                    },
                })
                .FirstOrDefault()));

    public static Task<ProfileView?> ByNormalizedUsername(MirageDbContext db, string normalizedUsername, CancellationToken cancellationToken) =>
        ByNormalizedUsernameQuery.For(db)(db, normalizedUsername, cancellationToken);

    public static Task<OwnProfileView?> OwnById(MirageDbContext db, long userId, CancellationToken cancellationToken) =>
        OwnByIdQuery.For(db)(db, userId, cancellationToken);
}
