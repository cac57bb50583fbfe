namespace Mirage.Api.Http;

public sealed record MessageResponse(string Message);
