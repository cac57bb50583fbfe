namespace Mirage.Domain.Passwords;

public enum PasswordCheck
{
    Failed,
    Success,

    /// <summary>The password matches, but the stored hash uses weaker parameters and should be replaced.</summary>
    SuccessRehashNeeded,
}
