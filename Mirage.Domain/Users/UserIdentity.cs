namespace Mirage.Domain.Users;

/// <summary>Just enough of a user to refer to them: id and name as registered.</summary>
public sealed record UserIdentity(long Id, string Username);
