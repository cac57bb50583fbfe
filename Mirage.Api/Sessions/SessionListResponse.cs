namespace Mirage.Api.Sessions;

public sealed record SessionListResponse(IReadOnlyList<SessionResponse> Sessions);
