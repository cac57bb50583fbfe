namespace Mirage.Domain.Files;

/// <summary>The file part of an upload: the name the client gave and its bytes, not read yet.</summary>
public sealed record UploadPart(string FileName, Stream Content);
