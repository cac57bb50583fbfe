namespace Mirage.Api.Posts;

public sealed record PostCreatedResponse(string Message, PostResponse Post);
