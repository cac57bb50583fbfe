using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Profiles;

namespace Mirage.Infrastructure.Persistence;

/// <summary>
/// The profile reads behind <c>GET /api/user/{username}</c> and <c>GET /api/me</c>, the hottest reads of
/// all. Compiled once, so a request skips EF's per-call expression-tree work, and projected to the shown
/// fields only, so no entity is materialised and the password hash never leaves the database.
/// </summary>
public static class ProfileQueries
{
    public static readonly Func<MirageDbContext, string, CancellationToken, Task<ProfileView?>> ByNormalizedUsername =
        EF.CompileAsyncQuery((MirageDbContext db, string normalizedUsername, CancellationToken _) =>
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
                .FirstOrDefault());

    public static readonly Func<MirageDbContext, long, CancellationToken, Task<OwnProfileView?>> OwnById =
        EF.CompileAsyncQuery((MirageDbContext db, long userId, CancellationToken _) =>
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
                .FirstOrDefault());
}
