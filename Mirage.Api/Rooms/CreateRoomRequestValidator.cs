using FluentValidation;
using Mirage.Domain.Rooms;

namespace Mirage.Api.Rooms;

public sealed class CreateRoomRequestValidator : AbstractValidator<CreateRoomRequest>
{

    private static readonly string[] Private = ["true", "1"];
    private static readonly string[] Public = ["false", "0"];

    public CreateRoomRequestValidator()
    {
        RuleFor(r => r.RoomName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(RoomRequestMessages.InvalidFields)
            .Must(name => name!.Trim().Length is > 0 and <= Room.NameMaxLength).WithMessage(RoomRequestMessages.InvalidFields);
        RuleFor(r => r.IsPrivate).Must(value => value is null || Private.Contains(value) || Public.Contains(value)).WithMessage(RoomRequestMessages.InvalidFields);
        RuleFor(r => r.Password).Cascade(CascadeMode.Stop)
            .Must(password => !string.IsNullOrWhiteSpace(password)).When(r => IsPrivateRoom(r.IsPrivate)).WithMessage(RoomRequestMessages.InvalidFields)
            .MaximumLength(Room.PasswordMaxLength).WithMessage(RoomRequestMessages.InvalidFields);
    }

    public static bool IsPrivateRoom(string? isPrivate) => isPrivate is not null && Private.Contains(isPrivate);
}
