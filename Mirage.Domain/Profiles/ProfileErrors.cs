using Mirage.Domain.Common;
using Mirage.Domain.Users;

namespace Mirage.Domain.Profiles;

public static class ProfileErrors
{
    public static readonly Error TooManyDeclarations =
        new(ErrorKind.Invalid, $"custom_css cannot have more than {User.CustomCssMaxDeclarations} declarations");

    public static readonly Error CssTooLongWhenScoped =
        new(ErrorKind.Invalid, "custom_css is too long once scoped to the profile; use fewer selectors");
}
