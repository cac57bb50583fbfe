namespace Mirage.Infrastructure.Passwords;

/// <summary>The <c>Security</c> section: how slow a new password hash is.</summary>
public sealed class SecuritySettings
{
    public const string SectionName = "Security";

    /// <summary>PBKDF2-HMAC-SHA512 iterations for new hashes; older hashes are upgraded at the next login.</summary>
    public int PasswordHashIterations { get; set; } = IdentityPasswordHasher.DefaultIterationCount;

    public string? Problem => PasswordHashIterations >= 1 ? null : $"{SectionName}:PasswordHashIterations must be at least 1.";
}
