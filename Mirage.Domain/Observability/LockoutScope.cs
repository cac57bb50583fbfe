namespace Mirage.Domain.Observability;

/// <summary>What a lock-out shuts: an account, or one person's way into one private room.</summary>
public enum LockoutScope
{
    Account,
    Room,
}
