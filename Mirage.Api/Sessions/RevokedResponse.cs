namespace Mirage.Api.Sessions;

public sealed record RevokedResponse(string Message, int Revoked);
