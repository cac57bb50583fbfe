namespace Mirage.Api.Files;

/// <summary>
/// Marks the action that serves a shared file's bytes, whatever their type, so the OpenAPI document can
/// say so (<c>SharedFileResponses</c>): MVC cannot tell from <see cref="SharedFileResult"/> what it writes.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ServesSharedFileAttribute : Attribute;
