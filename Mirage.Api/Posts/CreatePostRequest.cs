namespace Mirage.Api.Posts;

public sealed class CreatePostRequest
{
    public string? Content { get; init; }
}
