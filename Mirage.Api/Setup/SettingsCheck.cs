using Microsoft.Extensions.Options;

namespace Mirage.Api.Setup;

/// <summary>Options validation through each settings type's own <c>Problem</c>, so the message says what is wrong.</summary>
public sealed class SettingsCheck<T>(Func<T, string?> problem) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options) =>
        problem(options) is { } message ? ValidateOptionsResult.Fail(message) : ValidateOptionsResult.Success;
}
