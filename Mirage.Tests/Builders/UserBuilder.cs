using Mirage.Domain.Users;

namespace Mirage.Tests.Builders;

/// <summary>A registered user with sensible defaults: "ann", ann@example.com, all stats at zero.</summary>
public sealed class UserBuilder
{
    public const string DefaultPasswordHash = "AQAAAAIAA1tHAAAAEFakeStoredHashForTests==";

    private long _id = 1;
    private string _username = "ann";
    private string _email = "ann@example.com";
    private string _passwordHash = DefaultPasswordHash;
    private string? _avatarUrl;
    private string? _description;
    private string? _customCss;
    private string? _backgroundImage;
    private DateTime _createdAt = TestClock.Start.UtcDateTime;
    private UserStats _stats = new();
    private int _failedLoginCount;
    private DateTime? _lockedUntil;

    public UserBuilder WithId(long id) => Set(() => _id = id);

    public UserBuilder WithUsername(string username) => Set(() => _username = username);

    public UserBuilder WithEmail(string email) => Set(() => _email = email);

    public UserBuilder WithPasswordHash(string passwordHash) => Set(() => _passwordHash = passwordHash);

    public UserBuilder WithAvatarUrl(string? avatarUrl) => Set(() => _avatarUrl = avatarUrl);

    public UserBuilder WithDescription(string? description) => Set(() => _description = description);

    public UserBuilder WithCustomCss(string? customCss) => Set(() => _customCss = customCss);

    public UserBuilder WithBackgroundImage(string? backgroundImage) => Set(() => _backgroundImage = backgroundImage);

    public UserBuilder WithCreatedAt(DateTime createdAt) => Set(() => _createdAt = createdAt);

    public UserBuilder WithStats(int followers, int following, int posts, int upvotes, int downvotes) =>
        Set(() => _stats = new UserStats { Followers = followers, Following = following, Posts = posts, Upvotes = upvotes, Downvotes = downvotes });

    public UserBuilder WithFailedLoginCount(int failedLoginCount) => Set(() => _failedLoginCount = failedLoginCount);

    public UserBuilder WithLockedUntil(DateTime? lockedUntil) => Set(() => _lockedUntil = lockedUntil);

    public User Build() => new()
    {
        Id = _id,
        Username = _username,
        NormalizedUsername = User.NormalizeUsername(_username),
        Email = _email,
        NormalizedEmail = User.NormalizeEmail(_email),
        PasswordHash = _passwordHash,
        AvatarUrl = _avatarUrl,
        Description = _description,
        CustomCss = _customCss,
        BackgroundImage = _backgroundImage,
        CreatedAt = _createdAt,
        FailedLoginCount = _failedLoginCount,
        LockedUntil = _lockedUntil,
        Stats = _stats,
    };

    private UserBuilder Set(Action change)
    {
        change();
        return this;
    }
}
