namespace Mirage.Domain.Sessions;

/// <summary>Makes session tokens and the one-way hash under which they are stored and looked up.</summary>
public interface ISessionTokenGenerator
{
    /// <summary>A new token of at least 128 bits from a cryptographic random source, URL-safe.</summary>
    string NewToken();

    string Hash(string token);
}
