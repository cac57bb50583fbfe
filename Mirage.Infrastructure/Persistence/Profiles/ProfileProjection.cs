using System.Linq.Expressions;
using Mirage.Domain.Profiles;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.Profiles;

/// <summary>
/// The profile as a projection EF translates to SQL, written once: the public profile, and the own
/// profile built from the same expression with the email beside it.
/// </summary>
public static class ProfileProjection
{
    public static readonly Expression<Func<User, ProfileView>> Public = u => new ProfileView
    {
        Username = u.Username,
        AvatarUrl = u.AvatarUrl,
        Description = u.Description,
        CreatedAt = u.CreatedAt,
        CustomCss = u.CustomCss,
        CustomCssScoped = u.CustomCssScoped,
        BackgroundImage = u.BackgroundImage,
        Stats = new UserStats
        {
            Followers = u.Stats.Followers,
            Following = u.Stats.Following,
            Posts = u.Stats.Posts,
            Upvotes = u.Stats.Upvotes,
            Downvotes = u.Stats.Downvotes,
        },
    };

    // new OwnProfileView(<Public's body>, u.Email), on Public's own parameter.
    public static readonly Expression<Func<User, OwnProfileView>> Own = Expression.Lambda<Func<User, OwnProfileView>>(
        Expression.New(
            typeof(OwnProfileView).GetConstructor([typeof(ProfileView), typeof(string)])!,
            Public.Body,
            Expression.Property(Public.Parameters[0], nameof(User.Email))),
        Public.Parameters);
}
