using Mirage.Domain.Common;

namespace Mirage.Domain.Follows;

public static class FollowErrors
{
    public static readonly Error AlreadyFollowing = new(ErrorKind.Invalid, "already following");
    public static readonly Error NotFollowing = new(ErrorKind.Invalid, "not following this user");
    public static readonly Error FollowingYourself = new(ErrorKind.Invalid, "you cannot follow yourself");
}
