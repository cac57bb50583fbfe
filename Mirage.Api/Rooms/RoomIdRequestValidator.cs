using FluentValidation;

namespace Mirage.Api.Rooms;

public sealed class RoomIdRequestValidator : AbstractValidator<RoomIdRequest>
{
    public RoomIdRequestValidator() => RuleFor(r => r.RoomId).NotNull().WithMessage(RoomRequestMessages.MissingFields);
}
