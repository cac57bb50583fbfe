using Mirage.Domain.Common;
using Mirage.Domain.Observability;
using Mirage.Domain.Passwords;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;

namespace Mirage.Domain.Accounts;

/// <summary>Registration, sign-in and sign-out.</summary>
public class AccountService(
    IUserRepository users,
    ISessionRepository sessions,
    PasswordService passwords,
    PasswordGuard guard,
    ISessionTokenGenerator tokens,
    SessionService sessionService,
    IClientInfo client,
    TimeProvider clock,
    SessionPolicy sessionPolicy,
    MirageMetrics metrics)
{
    public async Task<Result<User>> RegisterAsync(Registration registration, CancellationToken cancellationToken)
    {
        if (PasswordRules.Check(registration.Password, registration.Username) is { } refused)
        {
            return refused;
        }

        var normalizedUsername = User.NormalizeUsername(registration.Username);
        var normalizedEmail = User.NormalizeEmail(registration.Email);
        if (await users.ExistsAsync(normalizedUsername, normalizedEmail, cancellationToken))
        {
            return UserErrors.AlreadyExists;
        }

        var user = new User
        {
            Username = registration.Username.Trim(),
            NormalizedUsername = normalizedUsername,
            Email = registration.Email.Trim(),
            NormalizedEmail = normalizedEmail,
            PasswordHash = await passwords.HashAsync(registration.Password, cancellationToken),
            AvatarUrl = registration.AvatarUrl,
            Description = registration.Description,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };

        return await users.TryAddAsync(user, cancellationToken) ? user : UserErrors.AlreadyExists;
    }

    public async Task<Result<SignIn>> LoginAsync(string username, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByNormalizedUsernameAsync(User.NormalizeUsername(username), cancellationToken);
        if (user is null)
        {
            metrics.Login(LoginOutcome.UnknownUser);
            return UserErrors.NotFound;
        }

        if (await guard.CheckAsync(user, password, cancellationToken) is { } refused)
        {
            metrics.Login(refused == PasswordErrors.WrongPassword ? LoginOutcome.WrongPassword : LoginOutcome.LockedOut);
            return refused;
        }

        var token = tokens.NewToken();
        var now = clock.GetUtcNow().UtcDateTime;
        await sessions.AddAsync(
            new Session
            {
                Id = Guid.NewGuid(),
                UserId = user.Id,
                TokenHash = tokens.Hash(token),
                CreatedAt = now,
                LastSeenAt = now,
                ExpiresAt = now + sessionPolicy.AbsoluteTimeout,
                UserAgent = client.UserAgent is { Length: > Session.UserAgentMaxLength } agent ? agent[..Session.UserAgentMaxLength] : client.UserAgent,
            },
            cancellationToken);

        // Ended sessions are swept here, per user, so the table cannot grow without bound.
        await sessions.DeleteEndedOfUserAsync(user.Id, now, now - sessionPolicy.IdleTimeout, cancellationToken);
        metrics.Login(LoginOutcome.Succeeded);
        metrics.SessionOpened();
        return new SignIn(token, user.Username);
    }

    /// <summary>
    /// Ends the session that the token opens: the one in the body, else the one in the header.
    /// Other sessions of the same user are untouched.
    /// </summary>
    public async Task<Result<string>> LogoutAsync(string? bodyToken, string? headerToken, CancellationToken cancellationToken)
    {
        var token = string.IsNullOrWhiteSpace(bodyToken) ? headerToken : bodyToken;
        if (string.IsNullOrWhiteSpace(token))
        {
            return SessionErrors.NoToken;
        }

        var session = await sessionService.AuthenticateAsync(token, cancellationToken);
        if (session is null || !await sessions.DeleteAsync(session.SessionId, cancellationToken))
        {
            return SessionErrors.InvalidToken;
        }

        metrics.SessionsRevoked(SessionEnd.Logout, 1);
        return session.Username;
    }
}
