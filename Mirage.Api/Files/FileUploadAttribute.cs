namespace Mirage.Api.Files;

/// <summary>
/// Marks an action that receives a shared file: <see cref="FileUploadLimitConvention"/> gives it a body cap of
/// <c>Files:MaxBytes</c> plus <see cref="FormOverheadBytes"/> instead of the global <c>Limits:MaxRequestBodyBytes</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FileUploadAttribute : Attribute
{
    /// <summary>Room for the form around the file: boundaries, part headers and the room id.</summary>
    public const long FormOverheadBytes = 64 * 1024;
}
