using FluentValidation;

namespace Mirage.Api.Rooms;

public sealed class RoomMessagesQueryValidator : AbstractValidator<RoomMessagesQuery>
{
    public RoomMessagesQueryValidator()
    {
        RuleFor(q => q.RoomId).Must(id => RoomMessagesQuery.ParseId(id) is not null).WithMessage(RoomRequestMessages.MissingRoomId);
        RuleFor(q => q.After).Must(after => after is null || RoomMessagesQuery.ParseId(after) is not null).WithMessage(RoomRequestMessages.InvalidAfter);
    }
}
