namespace Mirage.Domain.Observability;

/// <summary>How a file upload ended, as the <c>outcome</c> of <c>mirage.uploads</c>.</summary>
public enum UploadOutcome
{
    Stored,
    TooLarge,
    Malformed,

    /// <summary>No such room, not a member, no file or no file name: refused before a byte was stored.</summary>
    Refused,
}
