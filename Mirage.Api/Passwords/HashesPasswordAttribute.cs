namespace Mirage.Api.Passwords;

/// <summary>
/// Marks an endpoint that runs the deliberately slow password hasher, so the rate limiter bounds how
/// many such requests are in the server at once (see <c>RateLimits</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class HashesPasswordAttribute : Attribute;
