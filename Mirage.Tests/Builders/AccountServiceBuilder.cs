using Mirage.Domain.Accounts;
using Mirage.Domain.Passwords;
using Mirage.Domain.Security;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;
using Moq;

namespace Mirage.Tests.Builders;

/// <summary>
/// An <see cref="AccountService"/> wired as the running service wires it: one <see cref="PasswordService"/> shared by
/// the service and its <see cref="PasswordGuard"/>, default policies and the test clock. Every collaborator a
/// test does not pass is a loose mock it never looks at.
/// </summary>
public sealed class AccountServiceBuilder
{
    private IUserRepository _users = Mock.Of<IUserRepository>();
    private IPasswordStore _passwordStore = Mock.Of<IPasswordStore>();
    private ILockoutStore _lockoutStore = Mock.Of<ILockoutStore>();
    private ISessionRepository _sessions = Mock.Of<ISessionRepository>();
    private IPasswordHasher _hasher = Mock.Of<IPasswordHasher>();
    private ISessionTokenGenerator _tokens = Mock.Of<ISessionTokenGenerator>();
    private IClientInfo _client = Mock.Of<IClientInfo>();
    private ISecurityEvents _events = Mock.Of<ISecurityEvents>();
    private TimeProvider _clock = TestClock.Create();
    private SessionPolicy _sessionPolicy = new();
    private LockoutPolicy _lockoutPolicy = new();

    public AccountServiceBuilder WithUsers(IUserRepository users) => Set(() => _users = users);

    public AccountServiceBuilder WithPasswordStore(IPasswordStore passwordStore) => Set(() => _passwordStore = passwordStore);

    public AccountServiceBuilder WithLockoutStore(ILockoutStore lockoutStore) => Set(() => _lockoutStore = lockoutStore);

    public AccountServiceBuilder WithSessions(ISessionRepository sessions) => Set(() => _sessions = sessions);

    public AccountServiceBuilder WithHasher(IPasswordHasher hasher) => Set(() => _hasher = hasher);

    public AccountServiceBuilder WithTokens(ISessionTokenGenerator tokens) => Set(() => _tokens = tokens);

    public AccountServiceBuilder WithClient(IClientInfo client) => Set(() => _client = client);

    public AccountServiceBuilder WithEvents(ISecurityEvents events) => Set(() => _events = events);

    public AccountServiceBuilder WithClock(TimeProvider clock) => Set(() => _clock = clock);

    public AccountServiceBuilder WithSessionPolicy(SessionPolicy sessionPolicy) => Set(() => _sessionPolicy = sessionPolicy);

    public AccountServiceBuilder WithLockoutPolicy(LockoutPolicy lockoutPolicy) => Set(() => _lockoutPolicy = lockoutPolicy);

    public AccountService Build()
    {
        var passwords = new PasswordService(_hasher, InlineHashingScheduler.Instance);
        var guard = new PasswordGuard(_lockoutStore, _passwordStore, passwords, _lockoutPolicy, _clock, _events);
        var sessionService = new SessionService(_sessions, _tokens, _clock, _sessionPolicy, Mock.Of<ICurrentUser>(), _events);
        return new AccountService(_users, _sessions, passwords, guard, _tokens, sessionService, _client, _clock, _sessionPolicy, TestMetrics.Create());
    }

    private AccountServiceBuilder Set(Action change)
    {
        change();
        return this;
    }
}
