namespace Mirage.Domain.Files;

/// <summary>The upload's body is not a form that can be read (no boundary, broken parts, oversized headers).</summary>
public sealed class MalformedUploadException(string message, Exception? innerException = null) : Exception(message, innerException);
