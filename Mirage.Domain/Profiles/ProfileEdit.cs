namespace Mirage.Domain.Profiles;

/// <summary>The fields a person may change on their own profile; <c>null</c> means "leave as it is".</summary>
public sealed record ProfileEdit(
    Change<string?>? AvatarUrl,
    Change<string?>? Description,
    Change<string?>? CustomCss,
    Change<string?>? BackgroundImage);
