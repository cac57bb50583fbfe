namespace Mirage.Domain.Sessions;

/// <summary>Who is calling, as established by authentication. Domain services never see HTTP.</summary>
public interface ICurrentUser
{
    /// <summary>The signed-in user's id; throws when the request is anonymous.</summary>
    long UserId { get; }

    /// <summary>The signed-in user's name, as the session look-up found it.</summary>
    string Username { get; }

    Guid SessionId { get; }
}
