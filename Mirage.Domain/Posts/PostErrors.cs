using Mirage.Domain.Common;

namespace Mirage.Domain.Posts;

public static class PostErrors
{
    public static readonly Error NotFound = new(ErrorKind.NotFound, "post not found");
    public static readonly Error NotTheAuthor = new(ErrorKind.Forbidden, "you can only delete your own posts");
}
