using Mirage.Domain.Common;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;

namespace Mirage.Domain.Accounts;

/// <summary>Registration, sign-in and sign-out.</summary>
public class AccountService(
    IUserRepository users,
    ISessionRepository sessions,
    IPasswordHasher passwordHasher,
    ISessionTokenGenerator tokens,
    SessionService sessionService,
    TimeProvider clock,
    SessionPolicy sessionPolicy)
{
    public async Task<Result<User>> RegisterAsync(Registration registration, CancellationToken cancellationToken)
    {
        var user = new User
        {
            Username = registration.Username.Trim(),
            NormalizedUsername = User.NormalizeUsername(registration.Username),
            Email = registration.Email.Trim(),
            NormalizedEmail = User.NormalizeEmail(registration.Email),
            PasswordHash = passwordHasher.Hash(registration.Password),
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
            return UserErrors.NotFound;
        }

        var check = passwordHasher.Verify(user.PasswordHash, password);
        if (check == PasswordCheck.Failed)
        {
            return AccountErrors.WrongPassword;
        }

        if (check == PasswordCheck.SuccessRehashNeeded)
        {
            await users.UpdatePasswordHashAsync(user.Id, passwordHasher.Hash(password), cancellationToken);
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
                ExpiresAt = now + sessionPolicy.Lifetime,
            },
            cancellationToken);
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
            return AccountErrors.NoToken;
        }

        var session = await sessionService.AuthenticateAsync(token, cancellationToken);
        if (session is null || !await sessions.DeleteAsync(session.SessionId, cancellationToken))
        {
            return AccountErrors.InvalidToken;
        }

        return session.Username;
    }
}
