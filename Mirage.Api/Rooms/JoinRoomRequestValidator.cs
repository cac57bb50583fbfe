using FluentValidation;
using Mirage.Domain.Rooms;

namespace Mirage.Api.Rooms;

public sealed class JoinRoomRequestValidator : AbstractValidator<JoinRoomRequest>
{
    /// <summary>The first backend's words; the token half is answered 401 before validation runs.</summary>

    public JoinRoomRequestValidator()
    {
        RuleFor(r => r.Name).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage(RoomRequestMessages.MissingRoomName);
        RuleFor(r => r.Password).MaximumLength(Room.PasswordMaxLength).WithMessage(RoomRequestMessages.PasswordTooLong);
    }
}
