using FluentValidation;
using Mirage.Domain.Rooms;

namespace Mirage.Api.Rooms;

public sealed class JoinRoomRequestValidator : AbstractValidator<JoinRoomRequest>
{
    /// <summary>The first backend's words; the token half is answered 401 before validation runs.</summary>
    public const string MissingName = "missing room name or token";

    public JoinRoomRequestValidator()
    {
        RuleFor(r => r.Name).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage(MissingName);
        RuleFor(r => r.Password).MaximumLength(Room.PasswordMaxLength).WithMessage(CreateRoomRequestValidator.InvalidFields);
    }
}
