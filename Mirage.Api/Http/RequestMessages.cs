namespace Mirage.Api.Http;

/// <summary>Contract messages that every feature's validation uses; clients show them verbatim.</summary>
public static class RequestMessages
{
    /// <summary>A required field is missing, null or blank: the first backend's words for it.</summary>
    public const string MissingFields = "I can't see a single field you filled";
}
