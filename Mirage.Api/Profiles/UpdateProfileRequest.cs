using System.Text.Json.Serialization;
using Mirage.Domain.Profiles;

namespace Mirage.Api.Profiles;

/// <summary>
/// A partial update: a field that is absent stays as it is; a field sent as <c>null</c> is cleared.
/// The setters record which fields the JSON carried.
/// </summary>
public sealed class UpdateProfileRequest
{
    public string? AvatarUrl { get; init { field = value; HasAvatarUrl = true; } }

    public string? Description { get; init { field = value; HasDescription = true; } }

    public string? CustomCss { get; init { field = value; HasCustomCss = true; } }

    public string? BackgroundImage { get; init { field = value; HasBackgroundImage = true; } }

    [JsonIgnore]
    public bool HasAvatarUrl { get; private set; }

    [JsonIgnore]
    public bool HasDescription { get; private set; }

    [JsonIgnore]
    public bool HasCustomCss { get; private set; }

    [JsonIgnore]
    public bool HasBackgroundImage { get; private set; }

    public ProfileEdit ToEdit() => new(
        HasAvatarUrl ? new(AvatarUrl) : null,
        HasDescription ? new(Description) : null,
        HasCustomCss ? new(CustomCss) : null,
        HasBackgroundImage ? new(BackgroundImage) : null);
}
