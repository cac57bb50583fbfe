using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Mirage.Domain.Sessions;

namespace Mirage.Infrastructure.Sessions;

/// <summary>256-bit random tokens, base64url; stored only as their SHA-256, in lower-case hex.</summary>
public sealed class SessionTokenGenerator : ISessionTokenGenerator
{
    private const int TokenBytes = 32;

    public string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));

    public string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
