using Mirage.Api.Accounts;

namespace Mirage.Tests.Builders;

/// <summary>A registration request that passes validation; each With* changes one field.</summary>
public sealed class RegisterRequestBuilder
{
    private string? _username = "ann";
    private string? _email = "ann@example.com";
    private string? _password = "correct horse battery staple";
    private string? _avatarUrl;
    private string? _description;

    public RegisterRequestBuilder WithUsername(string? username) => Set(() => _username = username);

    public RegisterRequestBuilder WithEmail(string? email) => Set(() => _email = email);

    public RegisterRequestBuilder WithPassword(string? password) => Set(() => _password = password);

    public RegisterRequestBuilder WithAvatarUrl(string? avatarUrl) => Set(() => _avatarUrl = avatarUrl);

    public RegisterRequestBuilder WithDescription(string? description) => Set(() => _description = description);

    public RegisterRequest Build() => new()
    {
        Username = _username,
        Email = _email,
        Password = _password,
        AvatarUrl = _avatarUrl,
        Description = _description,
    };

    private RegisterRequestBuilder Set(Action change)
    {
        change();
        return this;
    }
}
